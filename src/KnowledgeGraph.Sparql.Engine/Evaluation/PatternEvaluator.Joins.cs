using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

internal sealed partial class PatternEvaluator
{
    private IEnumerable<Term?[]> EvalJoin(Join j, Term?[] seed, Term[] graphs)
    {
        if (j.Right is Service service)
        {
            return ServiceJoin(j.Left, service, seed, graphs);
        }

        // A path with a constant end is cheaper to enumerate first than a BGP it joins with.
        if (j.Right is PathPattern { Subject.Term: not null } or PathPattern { Object.Term: not null } && IsSeedableCached(j.Left))
        {
            return Eval(j.Right, seed, graphs).SelectMany(r => Eval(j.Left, r, graphs));
        }

        if (IsSeedableCached(j.Right))
        {
            return Eval(j.Left, seed, graphs).SelectMany(l => Eval(j.Right, l, graphs));
        }

        if (IsSeedableCached(j.Left))
        {
            return Eval(j.Right, seed, graphs).SelectMany(r => Eval(j.Left, r, graphs));
        }

        return HashJoin(j, seed, graphs);
    }

    private IEnumerable<Term?[]> HashJoin(Join j, Term?[] seed, Term[] graphs)
    {
        var table = new JoinTable(SharedSlots(j.Left, j.Right), Eval(j.Right, seed, graphs));
        if (table.Count == 0)
        {
            yield break;
        }

        foreach (var l in Eval(j.Left, seed, graphs))
        {
            foreach (var r in table.Candidates(l))
            {
                _ctx.Tick();
                if (JoinTable.Compatible(l, r))
                {
                    yield return JoinTable.Merge(l, r);
                }
            }
        }
    }

    private IEnumerable<Term?[]> EvalLeftJoin(LeftJoin lj, Term?[] seed, Term[] graphs)
    {
        var filter = lj.Filter;
        // A right side that can take each left row as its seed is evaluated per row, until the lookups that costs
        // add up to more than reading the right side once (over a source where lookups are dear): from there the
        // remaining rows probe a hash table of it. Otherwise the right side is read once from the start.
        bool seeded = IsSeedableCached(lj.Right);
        double switchAfter = seeded ? LookupsWorthOneRead(lj.Right, graphs) : 0;
        JoinTable? table = null;
        long rows = 0;
        foreach (var l in Eval(lj.Left, seed, graphs))
        {
            if (table is null && ++rows > switchAfter)
            {
                table = new JoinTable(SharedSlots(lj.Left, lj.Right), Eval(lj.Right, seed, graphs));
            }

            bool any = false;
            foreach (var r in table is null ? Eval(lj.Right, l, graphs) : TableMatches(table, l))
            {
                if (filter is null || Expressions.IsTrue(filter, r, graphs))
                {
                    any = true;
                    yield return r;
                }
            }

            if (!any)
            {
                yield return l;
            }
        }
    }

    private IEnumerable<Term?[]> TableMatches(JoinTable table, Term?[] l)
    {
        foreach (var r in table.Candidates(l))
        {
            _ctx.Tick();
            if (JoinTable.Compatible(l, r))
            {
                yield return JoinTable.Merge(l, r);
            }
        }
    }

    // How many per-row evaluations of a BGP cost as much as reading it once: its smallest pattern bounds what one
    // read costs. Unbounded when lookups are cheap (in memory) or the side is not a BGP.
    private double LookupsWorthOneRead(GraphPattern right, Term[] graphs)
    {
        if (_ctx.Source is not ISeekCostSource costly || right is not Bgp { Triples.Count: > 0 } bgp)
        {
            return double.PositiveInfinity;
        }

        double smallest = bgp.Triples.Min(t => (double)_ctx.Estimate(t.Subject.Term, t.Predicate.Term, t.Object.Term, graphs));
        return smallest / costly.SeekCostInRows;
    }

    private IEnumerable<Term?[]> EvalFilter(Filter f, Term?[] seed, Term[] graphs)
    {
        var condition = Expressions.Compile(f.Condition);
        foreach (var row in Eval(f.Inner, seed, graphs))
        {
            if (Operators.Ebv(condition(row, graphs)) == true)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<Term?[]> EvalMinus(Minus m, Term?[] seed, Term[] graphs)
    {
        var shared = SharedSlots(m.Left, m.Right);
        if (shared.Length == 0)
        {
            // No variable in common: nothing can be removed.
            foreach (var l in Eval(m.Left, seed, graphs))
            {
                yield return l;
            }

            yield break;
        }

        var table = new JoinTable(shared, Eval(m.Right, seed, graphs));
        foreach (var l in Eval(m.Left, seed, graphs))
        {
            bool removed = false;
            foreach (var r in table.Candidates(l))
            {
                _ctx.Tick();
                if (JoinTable.Compatible(l, r) && SharesOn(l, r, shared))
                {
                    removed = true;
                    break;
                }
            }

            if (!removed)
            {
                yield return l;
            }
        }
    }

    private static bool SharesOn(Term?[] a, Term?[] b, int[] slots)
    {
        foreach (int s in slots)
        {
            if (a[s] is not null && b[s] is not null)
            {
                return true;
            }
        }

        return false;
    }
}
