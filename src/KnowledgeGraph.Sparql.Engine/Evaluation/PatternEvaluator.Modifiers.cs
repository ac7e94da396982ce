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

    private IEnumerable<Term?[]> EvalOrderBy(OrderBy o, Term?[] seed, Term[] graphs, int? top = null)
    {
        var conditions = o.Conditions.Select(c => (Expr: Expressions.Compile(c.Expression), c.Descending)).ToArray();
        var keyComparer = Comparer<Term?[]>.Create((a, b) =>
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
        var rows = Eval(o.Inner, seed, graphs).Select(r => (Row: r, Keys: conditions.Select(c => c.Expr(r, graphs)).ToArray()));
        if (top is not { } k)
        {
            return rows.ToList().OrderBy(r => r.Keys, keyComparer).Select(r => r.Row);
        }

        return TopK(rows, k, keyComparer);
    }

    /// <summary>
    /// The first <paramref name="k"/> rows in key order, ties kept in arrival order as the full stable sort would:
    /// a bounded max-heap, so ORDER BY with LIMIT costs n log k instead of sorting everything.
    /// </summary>
    private static IEnumerable<Term?[]> TopK(IEnumerable<(Term?[] Row, Term?[] Keys)> rows, int k, Comparer<Term?[]> keyComparer)
    {
        if (k <= 0)
        {
            yield break;
        }

        var order = Comparer<(Term?[] Keys, long Index)>.Create((a, b) =>
        {
            int c = keyComparer.Compare(a.Keys, b.Keys);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var heap = new PriorityQueue<Term?[], (Term?[] Keys, long Index)>(Comparer<(Term?[] Keys, long Index)>.Create((a, b) => order.Compare(b, a)));
        long index = 0;
        foreach (var (row, keys) in rows)
        {
            var priority = (keys, index++);
            if (heap.Count < k)
            {
                heap.Enqueue(row, priority);
            }
            else if (heap.TryPeek(out _, out var largest) && order.Compare(priority, largest) < 0)
            {
                heap.DequeueEnqueue(row, priority);
            }
        }

        var kept = heap.UnorderedItems.ToList();
        kept.Sort((a, b) => order.Compare(a.Priority, b.Priority));
        foreach (var (row, _) in kept)
        {
            yield return row;
        }
    }

    private IEnumerable<Term?[]> EvalProject(Project p, Term?[] seed, Term[] graphs) => ProjectRows(p, seed, inner => Eval(p.Inner, inner, graphs));

    private IEnumerable<Term?[]> ProjectRows(Project p, Term?[] seed, Func<Term?[], IEnumerable<Term?[]>> evalInner)
    {
        var slots = p.Variables.Select(v => _ctx.Slots[v]).ToArray();
        var innerSeed = _ctx.NewRow();
        foreach (int s in slots)
        {
            innerSeed[s] = seed[s];
        }

        foreach (var row in evalInner(innerSeed))
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

    // ORDER BY under LIMIT keeps only offset + limit rows when that is at most this many.
    private const long MaxTopK = 100_000;

    private IEnumerable<Term?[]> EvalSlice(Slice s, Term?[] seed, Term[] graphs)
    {
        long keep = s.Limit is { } l ? l + s.Offset : long.MaxValue;
        var source = keep > MaxTopK ? Eval(s.Inner, seed, graphs) : s.Inner switch
        {
            OrderBy o => EvalOrderBy(o, seed, graphs, (int)keep),
            Project { Inner: OrderBy o } pr => ProjectRows(pr, seed, inner => EvalOrderBy(o, inner, graphs, (int)keep)),
            _ => Eval(s.Inner, seed, graphs),
        };
        var rows = source.Skip((int)Math.Min(s.Offset, int.MaxValue));
        return s.Limit is { } limit ? rows.Take((int)Math.Min(limit, int.MaxValue)) : rows;
    }
}
