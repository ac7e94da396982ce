using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    /// <summary>
    /// Applies grouping, HAVING, VALUES, select expressions, ORDER BY, projection, DISTINCT/REDUCED and slicing
    /// (sections 18.2.4 and 18.2.5) and checks the static rules on projected variables.
    /// </summary>
    private GraphPattern TranslateModifiers(GraphPattern where, SolutionModifiers mods, out IReadOnlyList<string> variables)
    {
        var p = where;
        var aggregates = new List<AggregateBinding>();
        var projection = mods.Projection?.Select(i => i with { Expression = i.Expression is null ? null : ReplaceAggregates(i.Expression, aggregates) }).ToList();
        var having = mods.Having.Select(h => ReplaceAggregates(h, aggregates)).ToList();
        var order = mods.OrderBy.Select(o => o with { Expression = ReplaceAggregates(o.Expression, aggregates) }).ToList();
        bool grouped = mods.HasGroupBy || aggregates.Count > 0 || having.Count > 0;
        if (grouped)
        {
            if (mods.SelectStar)
            {
                throw Error("SELECT * is not allowed with GROUP BY");
            }

            var keys = new List<GroupKey>();
            var allowed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (expr, variable, _) in mods.GroupBy)
            {
                string v = variable ?? InternalVariable("g");
                keys.Add(new GroupKey(expr, v));
                if (variable is not null)
                {
                    allowed.Add(variable);
                }
            }

            foreach (var a in aggregates)
            {
                allowed.Add(a.Variable);
            }

            p = new Group(p, keys, aggregates);
            foreach (var item in projection ?? [])
            {
                if (item.Expression is null)
                {
                    if (!allowed.Contains(item.Variable))
                    {
                        throw Error($"variable ?{item.Variable} is projected but not grouped", item.At);
                    }

                    continue;
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                Scope.ExpressionVariables(item.Expression, used);
                foreach (var u in used)
                {
                    if (!allowed.Contains(u))
                    {
                        throw Error($"variable ?{u} is used in a SELECT expression but not grouped", item.At);
                    }
                }

                allowed.Add(item.Variable);
            }

            foreach (var h in having)
            {
                p = new Filter(h, p);
            }
        }

        if (mods.Values is not null)
        {
            p = new Join(p, mods.Values);
        }

        var projected = new List<string>();
        if (projection is not null)
        {
            var inScope = new HashSet<string>(Scope.InScope(p), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in projection)
            {
                if (item.Expression is not null)
                {
                    if (inScope.Contains(item.Variable) || seen.Contains(item.Variable))
                    {
                        throw Error($"variable ?{item.Variable} is already in scope and cannot be assigned by AS", item.At);
                    }

                    p = new Extend(p, item.Variable, item.Expression);
                }

                if (seen.Add(item.Variable))
                {
                    projected.Add(item.Variable);
                }
            }
        }

        if (order.Count > 0)
        {
            p = new OrderBy(p, order);
        }

        if (projection is not null)
        {
            p = new Project(p, projected);
        }
        else if (mods.SelectStar)
        {
            projected.AddRange(Scope.InScope(p).Where(v => !Scope.IsHidden(v)));
            p = new Project(p, projected);
        }

        if (mods.Distinct)
        {
            p = new Distinct(p);
        }
        else if (mods.Reduced)
        {
            p = new Reduced(p);
        }

        if (mods.Offset > 0 || mods.Limit is not null)
        {
            p = new Slice(p, mods.Offset, mods.Limit);
        }

        variables = projected;
        return p;
    }

    private Expression ReplaceAggregates(Expression e, List<AggregateBinding> aggregates)
    {
        switch (e)
        {
            case AggregateExpression a:
                {
                    string v = InternalVariable("agg");
                    aggregates.Add(new AggregateBinding(v, a.Aggregate));
                    return new VariableExpression(v);
                }

            case BinaryExpression b:
                return b with { Left = ReplaceAggregates(b.Left, aggregates), Right = ReplaceAggregates(b.Right, aggregates) };
            case UnaryExpression u:
                return u with { Operand = ReplaceAggregates(u.Operand, aggregates) };
            case FunctionCall f:
                return f with { Arguments = f.Arguments.Select(x => ReplaceAggregates(x, aggregates)).ToList() };
            case InExpression i:
                return i with { Operand = ReplaceAggregates(i.Operand, aggregates), List = i.List.Select(x => ReplaceAggregates(x, aggregates)).ToList() };
            default:
                return e;
        }
    }

    /// <summary>Turns parsed triples into a BGP joined with path patterns (section 18.2.2.4).</summary>
    private GraphPattern TranslateTriples(List<PathTriple> triples)
    {
        var bgp = new List<TriplePattern>();
        var paths = new List<GraphPattern>();
        foreach (var t in triples)
        {
            if (t.Path is null)
            {
                bgp.Add(new TriplePattern(t.Subject, t.Predicate, t.Object));
            }
            else
            {
                TranslatePath(t.Subject, t.Path, t.Object, bgp, paths);
            }
        }

        GraphPattern? result = bgp.Count > 0 ? new Bgp(bgp) : null;
        foreach (var path in paths)
        {
            result = result is null ? path : new Join(result, path);
        }

        result ??= new Bgp(bgp);
        return result;
    }

    private void TranslatePath(PatternTerm s, PropertyPath path, PatternTerm o, List<TriplePattern> bgp, List<GraphPattern> paths)
    {
        switch (path)
        {
            case PredicatePath p:
                bgp.Add(new TriplePattern(s, PatternTerm.Constant(p.Predicate), o));
                break;
            case InversePath inv:
                TranslatePath(o, inv.Path, s, bgp, paths);
                break;
            case SequencePath seq:
                {
                    var middle = PatternTerm.Var(FreshVariable("p"));
                    TranslatePath(s, seq.Left, middle, bgp, paths);
                    TranslatePath(middle, seq.Right, o, bgp, paths);
                    break;
                }

            default:
                paths.Add(new PathPattern(s, path, o));
                break;
        }
    }
}
