using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine.Evaluation;
using KnowledgeGraph.Sparql.Engine.Functions;

namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>Compiles algebra expressions into delegates once per query (section 17 semantics, errors as null).</summary>
internal sealed class ExpressionCompiler
{
    private readonly EvalContext _ctx;
    private readonly Func<GraphPattern, Term?[], Term[], bool> _exists;
    private readonly Dictionary<Expression, CompiledExpression> _cache = new(ReferenceEqualityComparer.Instance);
    // BNODE(str) gives the same node for the same string within one solution; nodes made by BNODE itself are ignored
    // when identifying the solution, since a later BIND sees them.
    private readonly Dictionary<(RowKey, string), BlankNode> _bnodes = [];
    private readonly HashSet<BlankNode> _generated = [];

    public ExpressionCompiler(EvalContext ctx, Func<GraphPattern, Term?[], Term[], bool> exists)
    {
        _ctx = ctx;
        _exists = exists;
    }

    public CompiledExpression Compile(Expression e)
    {
        if (!_cache.TryGetValue(e, out var compiled))
        {
            compiled = Build(e);
            _cache[e] = compiled;
        }

        return compiled;
    }

    /// <summary>Effective boolean value of the expression; errors count as false.</summary>
    public bool IsTrue(Expression e, Term?[] row, Term[] graphs) => Operators.Ebv(Compile(e)(row, graphs)) == true;

    private CompiledExpression Build(Expression e)
    {
        switch (e)
        {
            case ConstantExpression c:
                {
                    var v = c.Value;
                    return (_, _) => v;
                }

            case VariableExpression v:
                {
                    int slot = _ctx.Slots[v.Name];
                    return (row, _) => row[slot];
                }

            case UnaryExpression u:
                {
                    var operand = Compile(u.Operand);
                    return u.Operator switch
                    {
                        UnaryOperator.Not => (row, g) => Operators.Ebv(operand(row, g)) is { } b ? Literal.Boolean(!b) : null,
                        UnaryOperator.Minus => (row, g) => NumericFunctions.Negate(operand(row, g)),
                        _ => (row, g) => NumericFunctions.Plus(operand(row, g)),
                    };
                }

            case BinaryExpression b:
                return BuildBinary(b);
            case InExpression i:
                return BuildIn(i);
            case ExistsExpression x:
                {
                    var pattern = x.Pattern;
                    bool negated = x.Negated;
                    return (row, g) => Literal.Boolean(_exists(pattern, row, g) != negated);
                }

            case FunctionCall f:
                return f.Function is not null ? BuildIriFunction(f) : BuildBuiltIn(f);
            default:
                return (_, _) => null;
        }
    }

    private CompiledExpression BuildBinary(BinaryExpression b)
    {
        var left = Compile(b.Left);
        var right = Compile(b.Right);
        var op = b.Operator;
        switch (op)
        {
            case BinaryOperator.Or:
                return (row, g) =>
                {
                    bool? l = Operators.Ebv(left(row, g));
                    if (l == true)
                    {
                        return Literal.Boolean(true);
                    }

                    bool? r = Operators.Ebv(right(row, g));
                    if (r == true)
                    {
                        return Literal.Boolean(true);
                    }

                    return l == false && r == false ? Literal.Boolean(false) : null;
                };
            case BinaryOperator.And:
                return (row, g) =>
                {
                    bool? l = Operators.Ebv(left(row, g));
                    if (l == false)
                    {
                        return Literal.Boolean(false);
                    }

                    bool? r = Operators.Ebv(right(row, g));
                    if (r == false)
                    {
                        return Literal.Boolean(false);
                    }

                    return l == true && r == true ? Literal.Boolean(true) : null;
                };
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide:
                return (row, g) => Operators.Arithmetic(op, left(row, g), right(row, g));
            default:
                return (row, g) => Operators.Relational(op, left(row, g), right(row, g));
        }
    }

    private CompiledExpression BuildIn(InExpression i)
    {
        var operand = Compile(i.Operand);
        var list = i.List.Select(Compile).ToArray();
        bool negated = i.Negated;
        return (row, g) =>
        {
            var v = operand(row, g);
            if (v is null)
            {
                return null;
            }

            bool error = false;
            foreach (var item in list)
            {
                bool? eq = Operators.Equal(v, item(row, g));
                if (eq == true)
                {
                    return Literal.Boolean(!negated);
                }

                if (eq is null)
                {
                    error = true;
                }
            }

            return error ? null : Literal.Boolean(negated);
        };
    }

    private CompiledExpression BuildIriFunction(FunctionCall f)
    {
        var args = f.Arguments.Select(Compile).ToArray();
        var function = f.Function!;
        if (CastFunctions.IsCast(function) && args.Length == 1)
        {
            var arg = args[0];
            return (row, g) => CastFunctions.Cast(function, arg(row, g));
        }

        // Unknown extension functions are an error for every solution (section 17.6).
        return (_, _) => null;
    }

    private CompiledExpression BuildBuiltIn(FunctionCall f)
    {
        var a = f.Arguments.Select(Compile).ToArray();
        CompiledExpression Unary(Func<Term?, Term?> fn)
        {
            var x = a[0];
            return (row, g) => fn(x(row, g));
        }

        CompiledExpression Binary(Func<Term?, Term?, Term?> fn)
        {
            var x = a[0];
            var y = a[1];
            return (row, g) => fn(x(row, g), y(row, g));
        }

        switch (f.Name)
        {
            case "BOUND":
                {
                    int slot = _ctx.Slots[((VariableExpression)f.Arguments[0]).Name];
                    return (row, _) => Literal.Boolean(row[slot] is not null);
                }

            case "IF":
                return (row, g) => Operators.Ebv(a[0](row, g)) switch
                {
                    true => a[1](row, g),
                    false => a[2](row, g),
                    null => null,
                };
            case "COALESCE":
                return (row, g) =>
                {
                    foreach (var x in a)
                    {
                        if (x(row, g) is { } v)
                        {
                            return v;
                        }
                    }

                    return null;
                };
            case "STR": return Unary(TermFunctions.Str);
            case "LANG": return Unary(TermFunctions.Lang);
            case "DATATYPE": return Unary(TermFunctions.Datatype);
            case "ISIRI": return Unary(TermFunctions.IsIri);
            case "ISBLANK": return Unary(TermFunctions.IsBlank);
            case "ISLITERAL": return Unary(TermFunctions.IsLiteral);
            case "ISNUMERIC": return Unary(TermFunctions.IsNumeric);
            case "SAMETERM": return Binary(TermFunctions.SameTerm);
            case "IRI":
                {
                    string? baseIri = _ctx.BaseIri;
                    return Unary(x => TermFunctions.Iri(x, baseIri));
                }

            case "BNODE":
                if (a.Length == 0)
                {
                    return (_, _) => BlankNode.CreateUnique();
                }

                return (row, g) =>
                {
                    var v = a[0](row, g);
                    if (!Operators.IsStringLiteral(v))
                    {
                        return null;
                    }

                    var identity = new RowKey(row.Select(t => t is BlankNode b && _generated.Contains(b) ? null : t).ToArray());
                    var key = (identity, ((Literal)v!).Value);
                    if (!_bnodes.TryGetValue(key, out var node))
                    {
                        node = BlankNode.CreateUnique();
                        _bnodes[key] = node;
                        _generated.Add(node);
                    }

                    return node;
                };
            case "RAND":
                return (_, _) => Literal.Double(_ctx.Random.NextDouble());
            case "ABS": return Unary(NumericFunctions.Abs);
            case "CEIL": return Unary(NumericFunctions.Ceil);
            case "FLOOR": return Unary(NumericFunctions.Floor);
            case "ROUND": return Unary(NumericFunctions.Round);
            case "CONCAT":
                return (row, g) => StringFunctions.Concat(a.Select(x => x(row, g)).ToList());
            case "SUBSTR":
                return a.Length == 2
                    ? (row, g) => StringFunctions.Substr(a[0](row, g), a[1](row, g), null)
                    : (row, g) => a[2](row, g) is { } len ? StringFunctions.Substr(a[0](row, g), a[1](row, g), len) : null;
            case "STRLEN": return Unary(StringFunctions.Strlen);
            case "REPLACE":
                return a.Length == 3
                    ? (row, g) => StringFunctions.Replace(a[0](row, g), a[1](row, g), a[2](row, g), null)
                    : (row, g) => a[3](row, g) is { } fl ? StringFunctions.Replace(a[0](row, g), a[1](row, g), a[2](row, g), fl) : null;
            case "UCASE": return Unary(StringFunctions.Ucase);
            case "LCASE": return Unary(StringFunctions.Lcase);
            case "ENCODE_FOR_URI": return Unary(StringFunctions.EncodeForUri);
            case "CONTAINS": return Binary(StringFunctions.Contains);
            case "STRSTARTS": return Binary(StringFunctions.StrStarts);
            case "STRENDS": return Binary(StringFunctions.StrEnds);
            case "STRBEFORE": return Binary(StringFunctions.StrBefore);
            case "STRAFTER": return Binary(StringFunctions.StrAfter);
            case "LANGMATCHES": return Binary(StringFunctions.LangMatches);
            case "STRLANG": return Binary(StringFunctions.StrLang);
            case "STRDT": return Binary(StringFunctions.StrDt);
            case "REGEX":
                return a.Length == 2
                    ? (row, g) => StringFunctions.Regex(a[0](row, g), a[1](row, g), null)
                    : (row, g) => a[2](row, g) is { } fl ? StringFunctions.Regex(a[0](row, g), a[1](row, g), fl) : null;
            case "YEAR": return Unary(DateTimeFunctions.Year);
            case "MONTH": return Unary(DateTimeFunctions.Month);
            case "DAY": return Unary(DateTimeFunctions.Day);
            case "HOURS": return Unary(DateTimeFunctions.Hours);
            case "MINUTES": return Unary(DateTimeFunctions.Minutes);
            case "SECONDS": return Unary(DateTimeFunctions.Seconds);
            case "TIMEZONE": return Unary(DateTimeFunctions.Timezone);
            case "TZ": return Unary(DateTimeFunctions.Tz);
            case "NOW":
                {
                    var now = DateTimeFunctions.Now(_ctx.Now);
                    return (_, _) => now;
                }

            case "UUID": return (_, _) => HashFunctions.Uuid();
            case "STRUUID": return (_, _) => HashFunctions.StrUuid();
            case "MD5" or "SHA1" or "SHA256" or "SHA384" or "SHA512":
                {
                    string name = f.Name;
                    return Unary(x => HashFunctions.Hash(name, x));
                }

            default:
                return (_, _) => null;
        }
    }

    /// <summary>Datatype IRI used for typed literals produced by aggregates.</summary>
    public static Iri StringType => Xsd.String;
}
