using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // Built-in calls with their minimum and maximum number of arguments (-1: any number).
    private static readonly Dictionary<string, (int Min, int Max)> BuiltIns = new(StringComparer.Ordinal)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["IRI"] = (1, 1),
        ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1), ["FLOOR"] = (1, 1),
        ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1), ["REPLACE"] = (3, 4),
        ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2), ["STRSTARTS"] = (2, 2),
        ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1), ["MONTH"] = (1, 1),
        ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1), ["TIMEZONE"] = (1, 1),
        ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1), ["SHA1"] = (1, 1),
        ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1), ["IF"] = (3, 3),
        ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1),
        ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3),
    };

    private static readonly HashSet<string> AggregateNames = new(StringComparer.Ordinal)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private bool _aggregatesAllowed;
    private bool _noVariables;

    private bool IsBuiltInStart()
    {
        var t = Current;
        return t.Kind == TokenKind.Keyword
            && (BuiltIns.ContainsKey(t.Text) || AggregateNames.Contains(t.Text) || t.Text is "BOUND" or "EXISTS" or "NOT");
    }

    private Expression ParseExpression(bool allowAggregates)
    {
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = allowAggregates;
        try
        {
            return ParseOr();
        }
        finally
        {
            _aggregatesAllowed = saved;
        }
    }

    /// <summary>Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall.</summary>
    private Expression ParseConstraint(bool allowAggregates)
    {
        if (Is("("))
        {
            return ParseBrackettedExpression(allowAggregates);
        }

        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = allowAggregates;
        try
        {
            return TryParseBuiltInOrFunction(allowAggregates) ?? throw Expected("'(', a built-in call or a function call");
        }
        finally
        {
            _aggregatesAllowed = saved;
        }
    }

    private Expression ParseBrackettedExpression(bool allowAggregates)
    {
        Expect("(");
        var e = ParseExpression(allowAggregates);
        Expect(")");
        return e;
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            left = new BinaryExpression(BinaryOperator.Or, left, ParseAnd());
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseRelational();
        while (Accept("&&"))
        {
            left = new BinaryExpression(BinaryOperator.And, left, ParseRelational());
        }

        return left;
    }

    private Expression ParseRelational()
    {
        var left = ParseAdditive();
        BinaryOperator? op = Current.Kind == TokenKind.Punct ? Current.Text switch
        {
            "=" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            ">" => BinaryOperator.Greater,
            "<=" => BinaryOperator.LessOrEqual,
            ">=" => BinaryOperator.GreaterOrEqual,
            _ => null,
        } : null;
        if (op is not null)
        {
            _i++;
            return new BinaryExpression(op.Value, left, ParseAdditive());
        }

        if (Accept("IN"))
        {
            return new InExpression(left, ParseExpressionList(), false);
        }

        if (Is("NOT") && PeekToken().Is("IN"))
        {
            _i += 2;
            return new InExpression(left, ParseExpressionList(), true);
        }

        return left;
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            if (Accept("+"))
            {
                left = new BinaryExpression(BinaryOperator.Add, left, ParseMultiplicative());
            }
            else if (Accept("-"))
            {
                left = new BinaryExpression(BinaryOperator.Subtract, left, ParseMultiplicative());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Accept("*"))
            {
                left = new BinaryExpression(BinaryOperator.Multiply, left, ParseUnary());
            }
            else if (Accept("/"))
            {
                left = new BinaryExpression(BinaryOperator.Divide, left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseUnary()
    {
        if (Accept("!"))
        {
            return new UnaryExpression(UnaryOperator.Not, ParsePrimary());
        }

        if (Is("+") || Is("-"))
        {
            var n = PeekToken();
            if (!(n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && !n.SpaceBefore))
            {
                bool minus = Advance().Text == "-";
                return new UnaryExpression(minus ? UnaryOperator.Minus : UnaryOperator.Plus, ParsePrimary());
            }
        }

        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        var t = Current;
        if (Is("("))
        {
            return ParseBrackettedExpression(_aggregatesAllowed);
        }

        if (t.Kind == TokenKind.Variable)
        {
            _i++;
            return new VariableExpression(t.Text);
        }

        var call = TryParseBuiltInOrFunction(_aggregatesAllowed);
        if (call is not null)
        {
            return call;
        }

        if (IsIriStart)
        {
            return new ConstantExpression(ParseIri());
        }

        var literal = TryParseLiteral();
        if (literal is not null)
        {
            return new ConstantExpression(literal);
        }

        throw Expected("an expression");
    }

    private List<Expression> ParseExpressionList()
    {
        var list = new List<Expression>();
        Expect("(");
        if (Accept(")"))
        {
            return list;
        }

        do
        {
            list.Add(ParseExpression(_aggregatesAllowed));
        }
        while (Accept(","));
        Expect(")");
        return list;
    }

    /// <summary>BuiltInCall, Aggregate, or iri followed by an argument list; null when the current token starts none of them.</summary>
    private Expression? TryParseBuiltInOrFunction(bool allowAggregates)
    {
        var t = Current;
        if (IsIriStart)
        {
            if (!PeekToken().Is("("))
            {
                return null;
            }

            var iri = ParseIri();
            Expect("(");
            var args = new List<Expression>();
            if (!Accept(")"))
            {
                Accept("DISTINCT");
                do
                {
                    args.Add(ParseExpression(_aggregatesAllowed));
                }
                while (Accept(","));
                Expect(")");
            }

            return new FunctionCall(iri.Value, iri, args);
        }

        if (t.Kind != TokenKind.Keyword)
        {
            return null;
        }

        if (AggregateNames.Contains(t.Text))
        {
            if (!allowAggregates)
            {
                throw Error($"aggregate {t.Text} is not allowed here", t);
            }

            _i++;
            return new AggregateExpression(ParseAggregate(t.Text));
        }

        switch (t.Text)
        {
            case "BOUND":
                {
                    _i++;
                    Expect("(");
                    string v = ParseVariable();
                    Expect(")");
                    return new FunctionCall("BOUND", null, [new VariableExpression(v)]);
                }

            case "EXISTS":
                _i++;
                return new ExistsExpression(ParseGroupGraphPattern(), false);
            case "NOT" when PeekToken().Is("EXISTS"):
                _i += 2;
                return new ExistsExpression(ParseGroupGraphPattern(), true);
        }

        if (!BuiltIns.TryGetValue(t.Text, out var arity))
        {
            return null;
        }

        _i++;
        var arguments = ParseExpressionList();
        if (arguments.Count < arity.Min || (arity.Max >= 0 && arguments.Count > arity.Max))
        {
            throw Error($"{t.Text} takes {(arity.Min == arity.Max ? arity.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : arity.Min + " to " + (arity.Max < 0 ? "any" : arity.Max))} arguments, found {arguments.Count}", t);
        }

        string name = t.Text switch
        {
            "URI" => "IRI",
            "ISURI" => "ISIRI",
            _ => t.Text,
        };
        return new FunctionCall(name, null, arguments);
    }

    private Aggregate ParseAggregate(string name)
    {
        Expect("(");
        bool distinct = Accept("DISTINCT");
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = false;
        try
        {
            if (name == "COUNT" && Accept("*"))
            {
                Expect(")");
                return new Aggregate(name, distinct, null, null);
            }

            var arg = ParseOr();
            string? separator = null;
            if (name == "GROUP_CONCAT" && Accept(";"))
            {
                Expect("SEPARATOR");
                Expect("=");
                if (Current.Kind != TokenKind.String)
                {
                    throw Expected("a string after SEPARATOR =");
                }

                separator = Advance().Text;
            }

            Expect(")");
            return new Aggregate(name, distinct, arg, separator);
        }
        finally
        {
            _aggregatesAllowed = saved;
        }
    }

    private static Expression Constant(Term term) => new ConstantExpression(term);
}
