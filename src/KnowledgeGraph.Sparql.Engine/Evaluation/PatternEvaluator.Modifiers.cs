using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

internal sealed partial class PatternEvaluator
{
    private IEnumerable<Term?[]> EvalGroup(Group g, Term?[] seed, Term[] graphs) => TryCountGroup(g, seed, graphs) ?? EvalGroupRows(g, seed, graphs);

    private IEnumerable<Term?[]> EvalGroupRows(Group g, Term?[] seed, Term[] graphs)
    {
        var keys = g.Keys.Select(k => (Expr: Expressions.Compile(k.Expression), Slot: _ctx.Slots[k.Variable])).ToArray();
        var aggregates = g.Aggregates.Select(a => (Aggregator: new AggregateSpec(a.Aggregate, a.Aggregate.Argument is null ? null : Expressions.Compile(a.Aggregate.Argument)), Slot: _ctx.Slots[a.Variable])).ToArray();
        var groups = new Dictionary<RowKey, List<Term?[]>>();
        var order = new List<RowKey>();
        foreach (var row in Eval(g.Inner, seed, graphs))
        {
            _ctx.Tick();
            var values = new Term?[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                values[i] = keys[i].Expr(row, graphs);
            }

            var key = new RowKey(values);
            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups[key] = members;
                order.Add(key);
            }

            members.Add(row);
        }

        if (keys.Length == 0 && groups.Count == 0)
        {
            // Aggregation without GROUP BY over no solutions still yields one group.
            var empty = new RowKey([]);
            groups[empty] = [];
            order.Add(empty);
        }

        foreach (var key in order)
        {
            var members = groups[key];
            var output = (Term?[])seed.Clone();
            for (int i = 0; i < keys.Length; i++)
            {
                output[keys[i].Slot] = key.Values[i];
            }

            foreach (var (aggregator, slot) in aggregates)
            {
                output[slot] = aggregator.Compute(members, graphs);
            }

            yield return output;
        }
    }

    private IEnumerable<Term?[]> EvalOrderBy(OrderBy o, Term?[] seed, Term[] graphs)
    {
        var conditions = o.Conditions.Select(c => (Expr: Expressions.Compile(c.Expression), c.Descending)).ToArray();
        var rows = Eval(o.Inner, seed, graphs).Select(r => (Row: r, Keys: conditions.Select(c => c.Expr(r, graphs)).ToArray())).ToList();
        var comparer = Comparer<Term?[]>.Create((a, b) =>
        {
            for (int i = 0; i < conditions.Length; i++)
            {
                int c = Operators.OrderCompare(a[i], b[i]);
                if (c != 0)
                {
                    return conditions[i].Descending ? -c : c;
                }
            }

            return 0;
        });
        return rows.OrderBy(r => r.Keys, comparer).Select(r => r.Row);
    }

    private IEnumerable<Term?[]> EvalProject(Project p, Term?[] seed, Term[] graphs)
    {
        var slots = p.Variables.Select(v => _ctx.Slots[v]).ToArray();
        var innerSeed = _ctx.NewRow();
        foreach (int s in slots)
        {
            innerSeed[s] = seed[s];
        }

        foreach (var row in Eval(p.Inner, innerSeed, graphs))
        {
            var output = (Term?[])seed.Clone();
            foreach (int s in slots)
            {
                output[s] = row[s];
            }

            yield return output;
        }
    }

    private IEnumerable<Term?[]> EvalDistinct(GraphPattern inner, Term?[] seed, Term[] graphs)
    {
        var seen = new HashSet<RowKey>();
        foreach (var row in Eval(inner, seed, graphs))
        {
            if (seen.Add(new RowKey(row)))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<Term?[]> EvalSlice(Slice s, Term?[] seed, Term[] graphs)
    {
        var rows = Eval(s.Inner, seed, graphs).Skip((int)Math.Min(s.Offset, int.MaxValue));
        return s.Limit is { } limit ? rows.Take((int)Math.Min(limit, int.MaxValue)) : rows;
    }
}
