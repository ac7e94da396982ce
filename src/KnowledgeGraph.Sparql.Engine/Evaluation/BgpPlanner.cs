using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>
/// Orders the triple patterns of a BGP greedily: next is the pattern with the smallest estimated result given the
/// variables bound so far; a pattern that shares no variable with them is taken only when no connected one is left,
/// so a join variable never degrades into a cartesian product. Plans are cached per set of pre-bound variables.
/// </summary>
internal sealed class BgpPlanner(EvalContext ctx)
{
    // Cache key of the plans shared by every graph a GRAPH ?g ranges over.
    private static readonly Term[] RangedGraphs = [];

    private readonly Dictionary<(Bgp, Term[], ulong), CompiledTriple[]> _plans = [];
    private readonly Dictionary<Bgp, (CompiledTriple[] Compiled, int[] Slots)> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>The BGP's patterns in evaluation order, for a seed with the given variables bound.</summary>
    /// <param name="bgp">The pattern.</param>
    /// <param name="seed">The solution it is evaluated under (only which slots are bound matters).</param>
    /// <param name="graphs">The graphs it is matched in.</param>
    /// <param name="rangedOver">
    /// When the BGP sits in a GRAPH ?g and <paramref name="graphs"/> is one of the graphs ?g ranges over, how many
    /// there are (else 0): one plan then serves them all, from the store-wide estimates divided among them, rather
    /// than a plan and a round of estimates per graph (a store of ingested news has a graph per article).
    /// </param>
    public CompiledTriple[] Plan(Bgp bgp, Term?[] seed, Term[] graphs, int rangedOver = 0)
    {
        if (!_compiled.TryGetValue(bgp, out var entry))
        {
            var c = bgp.Triples.Select(t => new CompiledTriple(Slot(t.Subject), t.Subject.Term, Slot(t.Predicate), t.Predicate.Term, Slot(t.Object), t.Object.Term)).ToArray();
            entry = (c, c.SelectMany(x => new[] { x.S, x.P, x.O }).Where(s => s >= 0).Distinct().OrderBy(s => s).ToArray());
            _compiled[bgp] = entry;
        }

        var (compiled, slots) = entry;
        ulong mask = 0;
        bool cacheable = slots.Length <= 64;
        for (int i = 0; i < slots.Length && cacheable; i++)
        {
            if (seed[slots[i]] is not null)
            {
                mask |= 1UL << i;
            }
        }

        if (compiled.Length == 1)
        {
            // Nothing to order, nothing to join: no estimates needed.
            return compiled;
        }

        var key = rangedOver > 1 ? RangedGraphs : graphs;
        if (cacheable && _plans.TryGetValue((bgp, key, mask), out var cached))
        {
            return cached;
        }

        var bound = new HashSet<int>(slots.Where(s => seed[s] is not null));
        var remaining = Enumerable.Range(0, compiled.Length).ToList();
        var estimates = rangedOver > 1
            ? compiled.Select(c => (double)ctx.Source.EstimateCount(c.SConst, c.PConst, c.OConst, null) / rangedOver).ToArray()
            : compiled.Select(c => (double)ctx.Estimate(c.SConst, c.PConst, c.OConst, graphs)).ToArray();
        var order = new List<CompiledTriple>(compiled.Length);
        while (remaining.Count > 0)
        {
            int best = -1;
            double bestScore = double.MaxValue;
            foreach (int index in remaining)
            {
                var t = compiled[index];
                double score = estimates[index];
                int vars = 0;
                int boundVars = 0;
                Count(t.S, 50);
                Count(t.P, 5);
                Count(t.O, 20);
                if (vars > 0 && boundVars == 0 && bound.Count > 0)
                {
                    // Not connected to what is bound: a cartesian product, last resort.
                    score = (score + 1) * 1e9;
                }

                if (best < 0 || score < bestScore)
                {
                    bestScore = score;
                    best = index;
                }

                void Count(int slot, double factor)
                {
                    if (slot < 0)
                    {
                        return;
                    }

                    vars++;
                    if (bound.Contains(slot))
                    {
                        boundVars++;
                        score /= factor;
                    }
                }
            }

            var chosen = compiled[best];
            order.Add(chosen);
            remaining.Remove(best);
            foreach (int s in new[] { chosen.S, chosen.P, chosen.O })
            {
                if (s >= 0)
                {
                    bound.Add(s);
                }
            }
        }

        var plan = PlanProbes(order, slots.Where(s => seed[s] is not null), estimates, compiled);
        if (ctx.Source is IStarSource)
        {
            PlanStars(plan, slots.Where(s => seed[s] is not null));
        }

        if (cacheable)
        {
            _plans[(bgp, key, mask)] = plan;
        }

        return plan;
    }

    // A pattern read whole costs fewer rows than this: beyond it, memory says look up.
    private const double MaxProbeRows = 500_000;

    /// <summary>
    /// Over a source where a lookup costs many scanned rows, a later pattern whose matches (constants only) are fewer
    /// than the lookups the rows before it would make, times that cost, is joined through a hash table instead. The
    /// rows reaching it are estimated by the first pattern's matches, which drive the plan.
    /// </summary>
    private CompiledTriple[] PlanProbes(List<CompiledTriple> order, IEnumerable<int> seeded, double[] estimates, CompiledTriple[] compiled)
    {
        if (ctx.Source is not ISeekCostSource costly || order.Count < 2)
        {
            return [.. order];
        }

        var bound = new HashSet<int>(seeded);
        double rows = 0;
        var plan = new CompiledTriple[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            var t = order[i];
            double alone = estimates[Array.IndexOf(compiled, t)];
            int[] joinSlots = new[] { t.S, t.P, t.O }.Where(s => s >= 0 && bound.Contains(s)).Distinct().ToArray();
            if (i == 0)
            {
                rows = joinSlots.Length == 0 ? alone : 1;
            }
            else if (joinSlots.Length > 0 && alone <= MaxProbeRows && alone < rows * costly.SeekCostInRows)
            {
                t = t with { ProbeSlots = joinSlots };
            }

            plan[i] = t;
            bound.UnionWith(new[] { t.S, t.P, t.O }.Where(s => s >= 0));
        }

        return plan;
    }

    /// <summary>
    /// Marks each run of consecutive lookups on one subject, bound when the run starts, with constant predicates: the
    /// source reads the run's predicates in one pass (one seek where each lookup would take one).
    /// </summary>
    private static void PlanStars(CompiledTriple[] plan, IEnumerable<int> seeded)
    {
        var bound = new HashSet<int>(seeded);
        for (int i = 0; i < plan.Length;)
        {
            var head = plan[i];
            int length = 1;
            if (IsStarMember(head) && (head.S < 0 || bound.Contains(head.S)))
            {
                while (i + length < plan.Length && IsStarMember(plan[i + length]) && SameSubject(plan[i + length], head))
                {
                    length++;
                }
            }

            if (length > 1)
            {
                plan[i] = head with { StarPredicates = [.. plan.Skip(i).Take(length).Select(t => t.PConst!)] };
            }

            foreach (var t in plan.Skip(i).Take(length))
            {
                bound.UnionWith(new[] { t.S, t.P, t.O }.Where(s => s >= 0));
            }

            i += length;
        }

        static bool IsStarMember(CompiledTriple t) => t.ProbeSlots is null && t.P < 0 && t.PConst is not null;

        static bool SameSubject(CompiledTriple t, CompiledTriple head) =>
            head.S >= 0 ? t.S == head.S : t.S < 0 && Equals(t.SConst, head.SConst);
    }

    private int Slot(PatternTerm t) => t.Variable is null ? -1 : ctx.Slots[t.Variable];
}
