namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Variable scoping of algebra expressions (section 18.2.1): in-scope variables and variables used by expressions.</summary>
public static class Scope
{
    /// <summary>Whether a variable name is internal (a blank node in a pattern, or a variable made by translation).</summary>
    public static bool IsHidden(string variable) => variable.StartsWith("_:", StringComparison.Ordinal) || variable.StartsWith('.');

    /// <summary>The variables a pattern may bind, in order of first appearance.</summary>
    public static IReadOnlyList<string> InScope(GraphPattern pattern)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(pattern, result, seen);
        return result;
    }

    private static void Add(string? v, List<string> result, HashSet<string> seen)
    {
        if (v is not null && seen.Add(v))
        {
            result.Add(v);
        }
    }

    private static void Collect(GraphPattern p, List<string> r, HashSet<string> s)
    {
        switch (p)
        {
            case Bgp bgp:
                foreach (var t in bgp.Triples)
                {
                    Add(t.Subject.Variable, r, s);
                    Add(t.Predicate.Variable, r, s);
                    Add(t.Object.Variable, r, s);
                }

                break;
            case PathPattern path:
                Add(path.Subject.Variable, r, s);
                Add(path.Object.Variable, r, s);
                break;
            case Join j:
                Collect(j.Left, r, s);
                Collect(j.Right, r, s);
                break;
            case LeftJoin lj:
                Collect(lj.Left, r, s);
                Collect(lj.Right, r, s);
                break;
            case Union u:
                Collect(u.Left, r, s);
                Collect(u.Right, r, s);
                break;
            case Minus m:
                Collect(m.Left, r, s);
                break;
            case Filter f:
                Collect(f.Inner, r, s);
                break;
            case Extend e:
                Collect(e.Inner, r, s);
                Add(e.Variable, r, s);
                break;
            case Values v:
                foreach (var name in v.Variables)
                {
                    Add(name, r, s);
                }

                break;
            case Graph g:
                Add(g.Name.Variable, r, s);
                Collect(g.Inner, r, s);
                break;
            case Service sv:
                Add(sv.Endpoint.Variable, r, s);
                Collect(sv.Inner, r, s);
                break;
            case Group g:
                foreach (var k in g.Keys)
                {
                    Add(k.Variable, r, s);
                }

                foreach (var a in g.Aggregates)
                {
                    Add(a.Variable, r, s);
                }

                break;
            case Project pr:
                foreach (var name in pr.Variables)
                {
                    Add(name, r, s);
                }

                break;
            case OrderBy o:
                Collect(o.Inner, r, s);
                break;
            case Distinct d:
                Collect(d.Inner, r, s);
                break;
            case Reduced rd:
                Collect(rd.Inner, r, s);
                break;
            case Slice sl:
                Collect(sl.Inner, r, s);
                break;
        }
    }

    /// <summary>The variables an expression reads (outside EXISTS patterns and aggregate arguments when <paramref name="intoAggregates"/> is false).</summary>
    public static void ExpressionVariables(Expression e, ISet<string> into, bool intoAggregates = true)
    {
        switch (e)
        {
            case VariableExpression v:
                into.Add(v.Name);
                break;
            case BinaryExpression b:
                ExpressionVariables(b.Left, into, intoAggregates);
                ExpressionVariables(b.Right, into, intoAggregates);
                break;
            case UnaryExpression u:
                ExpressionVariables(u.Operand, into, intoAggregates);
                break;
            case FunctionCall f:
                foreach (var a in f.Arguments)
                {
                    ExpressionVariables(a, into, intoAggregates);
                }

                break;
            case InExpression i:
                ExpressionVariables(i.Operand, into, intoAggregates);
                foreach (var a in i.List)
                {
                    ExpressionVariables(a, into, intoAggregates);
                }

                break;
            case AggregateExpression a when intoAggregates && a.Aggregate.Argument is not null:
                ExpressionVariables(a.Aggregate.Argument, into, intoAggregates);
                break;
        }
    }
}
