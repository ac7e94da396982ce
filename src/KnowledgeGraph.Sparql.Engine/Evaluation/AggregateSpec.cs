using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Expressions;
using KnowledgeGraph.Sparql.Engine.Functions;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>Computes one aggregate over the solutions of a group (section 18.5.1); null when the aggregate is an error.</summary>
internal sealed class AggregateSpec(Aggregate aggregate, CompiledExpression? argument)
{
    public Term? Compute(List<Term?[]> rows, Term[] graphs)
    {
        if (argument is null)
        {
            // COUNT(*) and COUNT(DISTINCT *).
            long n = aggregate.Distinct ? rows.Select(r => new RowKey(r)).Distinct().LongCount() : rows.Count;
            return Literal.Integer(n);
        }

        var values = new List<Term?>(rows.Count);
        foreach (var r in rows)
        {
            values.Add(argument(r, graphs));
        }

        if (aggregate.Distinct)
        {
            values = values.Distinct().ToList();
        }

        switch (aggregate.Function)
        {
            case "COUNT":
                return Literal.Integer(values.Count(v => v is not null));
            case "SUM":
                {
                    Numeric sum = Numeric.FromInteger(0);
                    foreach (var v in values)
                    {
                        if (!Numeric.TryGet(v, out var n) || Operators.Arithmetic(BinaryOperator.Add, sum, n) is not { } s)
                        {
                            return null;
                        }

                        sum = s;
                    }

                    return sum.ToLiteral();
                }

            case "AVG":
                {
                    if (values.Count == 0)
                    {
                        return Literal.Integer(0);
                    }

                    Numeric sum = Numeric.FromInteger(0);
                    foreach (var v in values)
                    {
                        if (!Numeric.TryGet(v, out var n) || Operators.Arithmetic(BinaryOperator.Add, sum, n) is not { } s)
                        {
                            return null;
                        }

                        sum = s;
                    }

                    return Operators.Arithmetic(BinaryOperator.Divide, sum, Numeric.FromInteger(values.Count))?.ToLiteral();
                }

            case "MIN":
            case "MAX":
                {
                    if (values.Count == 0 || values.Any(v => v is null))
                    {
                        return null;
                    }

                    bool max = aggregate.Function == "MAX";
                    Term? best = null;
                    foreach (var v in values)
                    {
                        if (best is null || (max ? Operators.OrderCompare(v, best) > 0 : Operators.OrderCompare(v, best) < 0))
                        {
                            best = v;
                        }
                    }

                    return best;
                }

            case "SAMPLE":
                return values.FirstOrDefault(v => v is not null);
            case "GROUP_CONCAT":
                {
                    var sb = new StringBuilder();
                    string separator = aggregate.Separator ?? " ";
                    bool first = true;
                    foreach (var v in values)
                    {
                        if (!StringFunctions.IsStringLike(v, out var l))
                        {
                            if (v is Literal other)
                            {
                                l = Literal.Create(other.Value);
                            }
                            else
                            {
                                return null;
                            }
                        }

                        if (!first)
                        {
                            sb.Append(separator);
                        }

                        sb.Append(l.Value);
                        first = false;
                    }

                    // The result is a simple literal even when every value has the same language tag.
                    return Literal.Create(sb.ToString());
                }

            default:
                return null;
        }
    }
}
