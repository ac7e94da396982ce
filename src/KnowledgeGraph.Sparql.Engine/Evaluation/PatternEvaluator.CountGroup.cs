using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

internal sealed partial class PatternEvaluator
{
    /// <summary>
    /// GROUP BY over a single triple pattern, keyed by variables of that pattern, with only COUNT(*) or COUNT(?v) of a
    /// pattern variable: every variable is bound in every match, so each match adds one to each count. Counts straight
    /// from the index without building solution rows. The pattern may also sit in <c>GRAPH ?g</c>, whose variable
    /// can then be a key too (quads per graph, or the count of a whole store). Null when the group does not have that
    /// shape.
    /// </summary>
    private IEnumerable<Term?[]>? TryCountGroup(Group g, Term?[] seed, Term[] graphs)
    {
        string? graphVariable = null;
        TriplePattern t;
        if (g.Inner is Bgp { Triples: [var only] })
        {
            t = only;
        }
        else if (g.Inner is Graph { Name.Variable: { } name, Inner: Bgp { Triples: [var inner] } })
        {
            t = inner;
            graphVariable = name;
        }
        else
        {
            return null;
        }

        string?[] names = [t.Subject.Variable, t.Predicate.Variable, t.Object.Variable, graphVariable];
        var present = names.Where(n => n is not null).ToList();
        if (present.Distinct(StringComparer.Ordinal).Count() != present.Count || present.Any(n => seed[_ctx.Slots[n!]] is not null))
        {
            return null;
        }

        var positions = new int[g.Keys.Count];
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = g.Keys[i].Expression is VariableExpression v ? Array.IndexOf(names, v.Name) : -1;
            if (positions[i] < 0)
            {
                return null;
            }
        }

        foreach (var a in g.Aggregates)
        {
            if (a.Aggregate.Function != "COUNT" || a.Aggregate.Distinct
                || (a.Aggregate.Argument is not null && (a.Aggregate.Argument is not VariableExpression v || Array.IndexOf(names, v.Name) < 0)))
            {
                return null;
            }
        }

        // Each element is counted apart: the named graphs GRAPH ?g ranges over, or the graphs whose merge is the
        // default graph.
        IEnumerable<Term[]> graphSets = graphVariable is null ? [graphs] : _ctx.NamedGraphs.Select(GraphArray);
        return positions.Length == 0 ? CountAll(g, t, seed, graphSets) : CountGroup(g, t, positions, seed, graphSets);
    }

    // A count without grouping: one row, also when nothing matches.
    private IEnumerable<Term?[]> CountAll(Group g, TriplePattern t, Term?[] seed, IEnumerable<Term[]> graphSets)
    {
        long total = 0;
        var counter = _ctx.Source as IGroupCountSource;
        foreach (var graphs in graphSets)
        {
            if (counter is not null && graphs.Length == 1)
            {
                total += counter.CountMatches(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs[0], _ctx.Token);
                _ctx.Tick();
                continue;
            }

            foreach (var _ in _ctx.Match(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs))
            {
                _ctx.Tick();
                total++;
            }
        }

        var output = (Term?[])seed.Clone();
        var literal = Literal.Integer(total);
        foreach (var a in g.Aggregates)
        {
            output[_ctx.Slots[a.Variable]] = literal;
        }

        yield return output;
    }

    private IEnumerable<Term?[]> CountGroup(Group g, TriplePattern t, int[] positions, Term?[] seed, IEnumerable<Term[]> graphSets)
    {
        // One key is counted by its term, so that counting a quad allocates nothing; several by a row key.
        var single = new OrderedCounts<Term>();
        var several = new OrderedCounts<RowKey>();
        foreach (var graphs in graphSets)
        {
            var counter = positions.Length == 1 && graphs.Length == 1 ? _ctx.Source as IGroupCountSource : null;
            if (counter is null)
            {
                CountEachMatch(t, positions, graphs, single, several);
                continue;
            }

            // The source counts on its own encoding and decodes each group key once.
            IEnumerable<KeyValuePair<Term, long>> counted = positions[0] == 3
                ? [new(graphs[0], counter.CountMatches(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs[0], _ctx.Token))]
                : counter.CountByPosition(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs[0], positions[0], _ctx.Token);
            foreach (var (term, n) in counted)
            {
                _ctx.Tick();
                if (n > 0)
                {
                    single.Add(term, n);
                }
            }
        }

        var keySlots = g.Keys.Select(k => _ctx.Slots[k.Variable]).ToArray();
        var aggregateSlots = g.Aggregates.Select(a => _ctx.Slots[a.Variable]).ToArray();
        IEnumerable<(Term?[] Values, long Count)> groups = positions.Length == 1
            ? single.InOrder().Select(c => (new Term?[] { c.Key }, c.Count))
            : several.InOrder().Select(c => (c.Key.Values, c.Count));
        foreach (var (values, count) in groups)
        {
            var output = (Term?[])seed.Clone();
            for (int i = 0; i < keySlots.Length; i++)
            {
                output[keySlots[i]] = values[i];
            }

            var literal = Literal.Integer(count);
            foreach (int slot in aggregateSlots)
            {
                output[slot] = literal;
            }

            yield return output;
        }
    }

    // Counts the matches in these graphs quad by quad, for a source that cannot count them itself.
    private void CountEachMatch(TriplePattern t, int[] positions, Term[] graphs, OrderedCounts<Term> single, OrderedCounts<RowKey> several)
    {
        foreach (var q in _ctx.Match(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs))
        {
            _ctx.Tick();
            if (positions.Length == 1)
            {
                single.Add(Position(q, positions[0]), 1);
                continue;
            }

            var values = new Term?[positions.Length];
            for (int i = 0; i < positions.Length; i++)
            {
                values[i] = Position(q, positions[i]);
            }

            several.Add(new RowKey(values), 1);
        }
    }

    private static Term Position(Quad q, int position) => position switch
    {
        0 => q.Subject,
        1 => q.Predicate,
        2 => q.Obj,
        _ => q.Graph,
    };
}
