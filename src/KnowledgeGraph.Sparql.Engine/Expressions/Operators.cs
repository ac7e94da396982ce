using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>
/// The operator mapping of section 17.3: effective boolean value, equality, ordering comparisons and arithmetic.
/// Errors are values: a null result (or a null <c>bool?</c>) means a type error.
/// </summary>
internal static class Operators
{
    /// <summary>Effective boolean value (section 17.2.2); null for a type error.</summary>
    public static bool? Ebv(Term? t)
    {
        if (t is not Literal l)
        {
            return null;
        }

        if (l.Language is not null)
        {
            return null;
        }

        if (l.Datatype.Equals(Xsd.Boolean))
        {
            return l.Value is "true" or "1";
        }

        if (l.Datatype.Equals(Xsd.String))
        {
            return l.Value.Length > 0;
        }

        if (Xsd.IsNumericType(l.Datatype))
        {
            return Numeric.TryGet(l, out var n) && !n.IsNaN && !n.IsZero;
        }

        return null;
    }

    public static bool IsStringLiteral(Term? t) => t is Literal { Language: null } l && l.Datatype.Equals(Xsd.String);

    private static bool IsKnownType(Literal l) =>
        l.Language is not null || l.Datatype.Equals(Xsd.String) || l.Datatype.Equals(Xsd.Boolean)
        || l.Datatype.Equals(Xsd.DateTime) || l.Datatype.Equals(Xsd.Date) || Xsd.IsNumericType(l.Datatype);

    /// <summary>The = operator: value equality for known types, RDF term equality otherwise; null for a type error.</summary>
    public static bool? Equal(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a is Literal la && b is Literal lb)
        {
            if (Numeric.TryGet(la, out var na) && Numeric.TryGet(lb, out var nb))
            {
                return CompareNumeric(na, nb) == 0;
            }

            if (IsStringLiteral(la) && IsStringLiteral(lb))
            {
                return string.Equals(la.Value, lb.Value, StringComparison.Ordinal);
            }

            if (la.Datatype.Equals(Xsd.Boolean) && lb.Datatype.Equals(Xsd.Boolean) && BooleanValue(la) is { } ba && BooleanValue(lb) is { } bb)
            {
                return ba == bb;
            }

            if (DateTimeValue.TryGet(la, out var da) && DateTimeValue.TryGet(lb, out var db) && da.IsDate == db.IsDate)
            {
                int? c = DateTimeValue.Compare(da, db);
                return c is null ? null : c == 0;
            }

            if (la.Equals(lb))
            {
                return true;
            }

            if (la.Language is not null || lb.Language is not null)
            {
                return false;
            }

            // Two literals of known, different types (or ill-formed ones) are unequal; otherwise equality is unknown.
            if (IsKnownType(la) && IsKnownType(lb) && WellFormed(la) && WellFormed(lb))
            {
                return false;
            }

            return null;
        }

        return a.Equals(b);
    }

    private static bool WellFormed(Literal l)
    {
        if (Xsd.IsNumericType(l.Datatype))
        {
            return Numeric.TryGet(l, out _);
        }

        if (l.Datatype.Equals(Xsd.Boolean))
        {
            return BooleanValue(l) is not null;
        }

        if (l.Datatype.Equals(Xsd.DateTime) || l.Datatype.Equals(Xsd.Date))
        {
            return DateTimeValue.TryGet(l, out _);
        }

        return true;
    }

    public static bool? BooleanValue(Literal l) => l.Value switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    public static int CompareNumeric(Numeric a, Numeric b)
    {
        var kind = a.Kind > b.Kind ? a.Kind : b.Kind;
        if (kind >= NumericKind.Float)
        {
            double x = a.AsDouble;
            double y = b.AsDouble;
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return int.MinValue;
            }

            return x.CompareTo(y);
        }

        return a.Decimal.CompareTo(b.Decimal);
    }

    /// <summary>The &lt;, &gt;, &lt;=, &gt;= operators: comparison result, or null for a type error (int.MinValue for NaN).</summary>
    public static int? Compare(Term? a, Term? b)
    {
        if (a is not Literal la || b is not Literal lb)
        {
            return null;
        }

        if (Numeric.TryGet(la, out var na) && Numeric.TryGet(lb, out var nb))
        {
            return CompareNumeric(na, nb);
        }

        if (IsStringLiteral(la) && IsStringLiteral(lb))
        {
            return Math.Sign(string.CompareOrdinal(la.Value, lb.Value));
        }

        if (la.Datatype.Equals(Xsd.Boolean) && lb.Datatype.Equals(Xsd.Boolean) && BooleanValue(la) is { } ba && BooleanValue(lb) is { } bb)
        {
            return ba.CompareTo(bb);
        }

        if (DateTimeValue.TryGet(la, out var da) && DateTimeValue.TryGet(lb, out var db) && da.IsDate == db.IsDate)
        {
            return DateTimeValue.Compare(da, db);
        }

        return null;
    }

    public static Term? Relational(BinaryOperator op, Term? a, Term? b)
    {
        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            bool? eq = Equal(a, b);
            return eq is null ? null : Literal.Boolean(op == BinaryOperator.Equal ? eq.Value : !eq.Value);
        }

        int? c = Compare(a, b);
        if (c is null)
        {
            return null;
        }

        if (c == int.MinValue)
        {
            return Literal.Boolean(false);
        }

        return Literal.Boolean(op switch
        {
            BinaryOperator.Less => c < 0,
            BinaryOperator.Greater => c > 0,
            BinaryOperator.LessOrEqual => c <= 0,
            _ => c >= 0,
        });
    }

    public static Term? Arithmetic(BinaryOperator op, Term? a, Term? b)
    {
        if (!Numeric.TryGet(a, out var x) || !Numeric.TryGet(b, out var y))
        {
            return null;
        }

        var r = Arithmetic(op, x, y);
        return r?.ToLiteral();
    }

    public static Numeric? Arithmetic(BinaryOperator op, Numeric x, Numeric y)
    {
        var kind = x.Kind > y.Kind ? x.Kind : y.Kind;
        if (op == BinaryOperator.Divide && kind == NumericKind.Integer)
        {
            kind = NumericKind.Decimal;
        }

        x = x.Promote(kind);
        y = y.Promote(kind);
        try
        {
            if (kind >= NumericKind.Float)
            {
                double v = op switch
                {
                    BinaryOperator.Add => x.Double + y.Double,
                    BinaryOperator.Subtract => x.Double - y.Double,
                    BinaryOperator.Multiply => x.Double * y.Double,
                    _ => x.Double / y.Double,
                };
                return kind == NumericKind.Float ? Numeric.FromFloat(v) : Numeric.FromDouble(v);
            }

            if (op == BinaryOperator.Divide && y.Decimal == 0)
            {
                return null;
            }

            decimal d = op switch
            {
                BinaryOperator.Add => x.Decimal + y.Decimal,
                BinaryOperator.Subtract => x.Decimal - y.Decimal,
                BinaryOperator.Multiply => x.Decimal * y.Decimal,
                _ => x.Decimal / y.Decimal,
            };
            return kind == NumericKind.Integer ? Numeric.FromInteger(d) : Numeric.FromDecimal(d);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The ORDER BY order (section 15.1): unbound, blank nodes, IRIs, literals; literals by value where comparable,
    /// otherwise by lexical form, then datatype and language.
    /// </summary>
    public static int OrderCompare(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        int ka = Rank(a);
        int kb = Rank(b);
        if (ka != kb)
        {
            return ka.CompareTo(kb);
        }

        if (a is Literal la && b is Literal lb)
        {
            int? c = Compare(la, lb);
            if (c is not null and not int.MinValue && c != 0)
            {
                return c.Value;
            }

            if (c == 0)
            {
                // Equal values with different lexical forms or types still need a stable order.
                return TermComparer.Instance.Compare(la, lb);
            }

            int byKind = LiteralRank(la).CompareTo(LiteralRank(lb));
            if (byKind != 0)
            {
                return byKind;
            }
        }

        return TermComparer.Instance.Compare(a, b);
    }

    private static int Rank(Term t) => t switch
    {
        BlankNode => 1,
        Iri => 2,
        Literal => 3,
        _ => 4,
    };

    private static int LiteralRank(Literal l)
    {
        if (Numeric.TryGet(l, out _))
        {
            return 0;
        }

        if (l.Language is null && l.Datatype.Equals(Xsd.String))
        {
            return 1;
        }

        return l.Language is not null ? 2 : 3;
    }
}
