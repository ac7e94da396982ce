using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>
/// Evaluates algebra expressions lazily. <c>Eval(p, seed, graphs)</c> yields the solutions of <c>p</c> that are
/// compatible with and extend the seed; joins push each left solution into the right side when that
/// side is a pattern for which substitution equals joining (BGPs, paths, VALUES and their joins and unions), and use
/// hash joins otherwise.
/// </summary>
internal sealed partial class PatternEvaluator
{
    private readonly EvalContext _ctx;
    private readonly BgpPlanner _planner;
    private readonly PathEvaluator _paths;
    private readonly Dictionary<Term, Term[]> _graphArrays = [];

    // The one-graph arrays GRAPH ?g evaluates its pattern with, apart from those of GRAPH <iri>: the planner plans the
    // pattern once for all the graphs ?g ranges over instead of once per graph.
    private readonly Dictionary<Term, Term[]> _rangedGraphArrays = [];
    private readonly HashSet<Term[]> _ranged = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GraphPattern, int[]> _scopeSlots = new(ReferenceEqualityComparer.Instance);

    public PatternEvaluator(EvalContext ctx)
    {
        _ctx = ctx;
        _planner = new BgpPlanner(ctx);
        _paths = new PathEvaluator(ctx);
        Expressions = new ExpressionCompiler(ctx, (p, row, g) => Eval(p, row, g).Any());
    }

    public ExpressionCompiler Expressions { get; }

    public IEnumerable<Term?[]> Eval(GraphPattern p, Term?[] seed, Term[] graphs) => p switch
    {
        Bgp b => EvalBgp(b, seed, graphs),
        Join j => EvalJoin(j, seed, graphs),
        LeftJoin lj => EvalLeftJoin(lj, seed, graphs),
        Filter f => EvalFilter(f, seed, graphs),
        Union u => Eval(u.Left, seed, graphs).Concat(Eval(u.Right, seed, graphs)),
        Minus m => EvalMinus(m, seed, graphs),
        Extend e => EvalExtend(e, seed, graphs),
        Values v => EvalValues(v, seed),
        Graph g => EvalGraph(g, seed),
        PathPattern pp => EvalPath(pp, seed, graphs),
        Group g => EvalGroup(g, seed, graphs),
        OrderBy o => EvalOrderBy(o, seed, graphs),
        Project pr => EvalProject(pr, seed, graphs),
        Distinct d => EvalDistinct(d.Inner, seed, graphs),
        Reduced r => EvalDistinct(r.Inner, seed, graphs),
        Slice s => EvalSlice(s, seed, graphs),
        Service s => EvalService(s, seed, graphs),
        _ => throw new QueryEvaluationException($"Unsupported algebra operator {p.GetType().Name}.", EvaluationFailure.Unsupported),
    };

    private Term[] RangedGraphArray(Term g)
    {
        if (!_rangedGraphArrays.TryGetValue(g, out var array))
        {
            array = [g];
            _rangedGraphArrays[g] = array;
            _ranged.Add(array);
        }

        return array;
    }

    private Term[] GraphArray(Term g)
    {
        if (!_graphArrays.TryGetValue(g, out var array))
        {
            array = [g];
            _graphArrays[g] = array;
        }

        return array;
    }

    private readonly Dictionary<GraphPattern, bool> _seedable = new(ReferenceEqualityComparer.Instance);

    private bool IsSeedableCached(GraphPattern p)
    {
        if (!_seedable.TryGetValue(p, out bool seedable))
        {
            seedable = IsSeedable(p);
            _seedable[p] = seedable;
        }

        return seedable;
    }

    /// <summary>Whether evaluating with a solution as seed equals joining with that solution.</summary>
    private static bool IsSeedable(GraphPattern p) => p switch
    {
        Bgp or PathPattern or Values => true,
        Join j => IsSeedable(j.Left) && IsSeedable(j.Right),
        Union u => IsSeedable(u.Left) && IsSeedable(u.Right),
        Graph g => IsSeedable(g.Inner),
        Filter f => IsSeedable(f.Inner) && FilterReadsOnlyCertain(f),
        _ => false,
    };

    // A filter sees the same values under a seed as after the join when every variable it reads is bound in every
    // solution of its inner pattern: a compatible seed can then only agree with them.
    private static bool FilterReadsOnlyCertain(Filter f)
    {
        if (ContainsExists(f.Condition))
        {
            return false;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        Scope.ExpressionVariables(f.Condition, used);
        var certain = CertainVariables(f.Inner);
        return used.All(certain.Contains);
    }

    /// <summary>Variables bound in every solution of the pattern (a subset of those in scope).</summary>
    private static HashSet<string> CertainVariables(GraphPattern p)
    {
        switch (p)
        {
            case Bgp or PathPattern:
                return new HashSet<string>(Scope.InScope(p), StringComparer.Ordinal);
            case Join j:
                var both = CertainVariables(j.Left);
                both.UnionWith(CertainVariables(j.Right));
                return both;
            case Union u:
                var common = CertainVariables(u.Left);
                common.IntersectWith(CertainVariables(u.Right));
                return common;
            case Graph g:
                var inner = CertainVariables(g.Inner);
                if (g.Name.Variable is { } name)
                {
                    inner.Add(name);
                }

                return inner;
            case Filter f:
                return CertainVariables(f.Inner);
            case LeftJoin lj:
                return CertainVariables(lj.Left);
            case Minus m:
                return CertainVariables(m.Left);
            case Values v:
                return new HashSet<string>(v.Variables.Where((_, i) => v.Rows.All(row => row[i] is not null)), StringComparer.Ordinal);
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    private static bool ContainsExists(Expression e) => e switch
    {
        ExistsExpression => true,
        BinaryExpression b => ContainsExists(b.Left) || ContainsExists(b.Right),
        UnaryExpression u => ContainsExists(u.Operand),
        FunctionCall f => f.Arguments.Any(ContainsExists),
        InExpression i => ContainsExists(i.Operand) || i.List.Any(ContainsExists),
        _ => false,
    };

    private int[] ScopeSlots(GraphPattern p)
    {
        if (!_scopeSlots.TryGetValue(p, out var slots))
        {
            slots = Scope.InScope(p).Select(v => _ctx.Slots[v]).ToArray();
            _scopeSlots[p] = slots;
        }

        return slots;
    }

    private int[] SharedSlots(GraphPattern a, GraphPattern b) => ScopeSlots(a).Intersect(ScopeSlots(b)).ToArray();

    private IEnumerable<Term?[]> EvalBgp(Bgp bgp, Term?[] seed, Term[] graphs)
    {
        if (bgp.Triples.Count == 0)
        {
            return [seed];
        }

        var plan = _planner.Plan(bgp, seed, graphs, _ranged.Contains(graphs) ? _ctx.NamedGraphs.Count : 0);
        return Step(plan, 0, seed, graphs);
    }

    // star: the matches read for the star this pattern belongs to, when it is not the star's head.
    private IEnumerable<Term?[]> Step(CompiledTriple[] plan, int index, Term?[] row, Term[] graphs, StarRead? star = null)
    {
        var t = plan[index];
        var s = t.S >= 0 ? row[t.S] : t.SConst;
        var p = t.P >= 0 ? row[t.P] : t.PConst;
        var o = t.O >= 0 ? row[t.O] : t.OConst;
        bool last = index == plan.Length - 1;
        if (t.StarPredicates is { } predicates && s is not null && graphs.Length == 1 && _ctx.Source is IStarSource stars)
        {
            star = new StarRead(index, stars.MatchStar(s, predicates, graphs[0], _ctx.Token));
        }

        var matches = star is not null ? star.Matches(index, o)
            : t.ProbeSlots is not null ? ProbeTable(t, graphs).Candidates(row)
            : _ctx.Match(s, p, o, graphs);
        var nextStar = star is not null && star.Covers(index + 1) ? star : null;

        // Inner levels bind into one buffer per call and pass it down; only the solutions handed out are copies.
        Term?[]? buffer = null;
        foreach (var q in matches)
        {
            _ctx.Tick();
            if (last)
            {
                var next = row;
                if (!Bind(ref next, t.S, s, q.Subject, row) || !Bind(ref next, t.P, p, q.Predicate, row) || !Bind(ref next, t.O, o, q.Obj, row))
                {
                    continue;
                }

                // The row of an inner level is that level's buffer, which changes: hand out a copy.
                yield return ReferenceEquals(next, row) && index > 0 ? (Term?[])row.Clone() : next;
                continue;
            }

            buffer ??= new Term?[row.Length];
            Array.Copy(row, buffer, row.Length);
            if (!BindInPlace(buffer, t.S, s, q.Subject) || !BindInPlace(buffer, t.P, p, q.Predicate) || !BindInPlace(buffer, t.O, o, q.Obj))
            {
                continue;
            }

            foreach (var r in Step(plan, index + 1, buffer, graphs, nextStar))
            {
                yield return r;
            }
        }
    }

    /// <summary>
    /// The matches of a star's patterns (plan positions from <paramref name="Head"/> on), read in one pass: its subject
    /// is bound and its predicates constant, so a pattern only needs its object checked when that is bound.
    /// </summary>
    private sealed record StarRead(int Head, IEnumerable<Quad>[] Lists)
    {
        public bool Covers(int index) => index - Head < Lists.Length;

        public IEnumerable<Quad> Matches(int index, Term? obj) =>
            obj is null ? Lists[index - Head] : Lists[index - Head].Where(q => obj.Equals(q.Obj));
    }

    private readonly Dictionary<(CompiledTriple, Term[]), ProbeTable> _probeTables = [];

    // One table per pattern and dataset for the whole query: its matches do not depend on the rows that probe it.
    private ProbeTable ProbeTable(CompiledTriple t, Term[] graphs)
    {
        if (!_probeTables.TryGetValue((t, graphs), out var table))
        {
            table = new ProbeTable(t, _ctx.Match(t.SConst, t.PConst, t.OConst, graphs), _ctx);
            _probeTables[(t, graphs)] = table;
        }

        return table;
    }

    private static bool BindInPlace(Term?[] buffer, int slot, Term? given, Term value)
    {
        if (slot < 0 || given is not null)
        {
            return true;
        }

        if (buffer[slot] is { } existing)
        {
            // The same variable twice in one triple pattern.
            return existing.Equals(value);
        }

        buffer[slot] = value;
        return true;
    }

    private static bool Bind(ref Term?[] next, int slot, Term? given, Term value, Term?[] original)
    {
        if (slot < 0 || given is not null)
        {
            return true;
        }

        if (next[slot] is { } existing)
        {
            // The same variable twice in one triple pattern.
            return existing.Equals(value);
        }

        if (ReferenceEquals(next, original))
        {
            next = (Term?[])original.Clone();
        }

        next[slot] = value;
        return true;
    }

    private IEnumerable<Term?[]> EvalExtend(Extend e, Term?[] seed, Term[] graphs)
    {
        int slot = _ctx.Slots[e.Variable];
        var expr = Expressions.Compile(e.Expression);
        foreach (var row in Eval(e.Inner, seed, graphs))
        {
            var value = expr(row, graphs);
            if (row[slot] is { } existing)
            {
                if (value is not null && value.Equals(existing))
                {
                    yield return row;
                }

                continue;
            }

            if (value is null)
            {
                yield return row;
                continue;
            }

            var next = (Term?[])row.Clone();
            next[slot] = value;
            yield return next;
        }
    }

    private IEnumerable<Term?[]> EvalValues(Values v, Term?[] seed)
    {
        var slots = v.Variables.Select(name => _ctx.Slots[name]).ToArray();
        foreach (var data in v.Rows)
        {
            var row = (Term?[])seed.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (data[i] is not { } value)
                {
                    continue;
                }

                if (row[slots[i]] is { } existing)
                {
                    ok = existing.Equals(value);
                }
                else
                {
                    row[slots[i]] = value;
                }
            }

            if (ok)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<Term?[]> EvalGraph(Graph g, Term?[] seed)
    {
        var name = g.Name.Term ?? seed[_ctx.Slots[g.Name.Variable!]];
        if (name is not null)
        {
            return _ctx.IsNamedGraph(name) ? Eval(g.Inner, seed, GraphArray(name)) : [];
        }

        // The graph variable is not in scope inside GRAPH: evaluate, then join on it.
        int slot = _ctx.Slots[g.Name.Variable!];
        return _ctx.NamedGraphs.SelectMany(graph => Eval(g.Inner, seed, RangedGraphArray(graph))
            .Where(row => row[slot] is null || row[slot]!.Equals(graph))
            .Select(row =>
            {
                if (row[slot] is not null)
                {
                    return row;
                }

                var bound = (Term?[])row.Clone();
                bound[slot] = graph;
                return bound;
            }));
    }

    private IEnumerable<Term?[]> EvalPath(PathPattern pp, Term?[] seed, Term[] graphs)
    {
        int sSlot = pp.Subject.Variable is null ? -1 : _ctx.Slots[pp.Subject.Variable];
        int oSlot = pp.Object.Variable is null ? -1 : _ctx.Slots[pp.Object.Variable];
        var s = sSlot >= 0 ? seed[sSlot] : pp.Subject.Term;
        var o = oSlot >= 0 ? seed[oSlot] : pp.Object.Term;
        bool sameVariable = sSlot >= 0 && sSlot == oSlot;
        foreach (var (x, y) in _paths.Pairs(pp.Path, s, sameVariable ? s : o, graphs, sSlot >= 0, oSlot >= 0))
        {
            _ctx.Tick();
            if (sameVariable && !x.Equals(y))
            {
                continue;
            }

            var row = (Term?[])seed.Clone();
            if (sSlot >= 0)
            {
                row[sSlot] = x;
            }

            if (oSlot >= 0)
            {
                row[oSlot] = y;
            }

            yield return row;
        }
    }
}
