using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>XPath constructor functions (casts) for the XSD types of section 17.5.</summary>
internal static class CastFunctions
{
    public static bool IsCast(Iri function) =>
        function.Equals(Xsd.String) || function.Equals(Xsd.Boolean) || function.Equals(Xsd.Integer) || function.Equals(Xsd.Decimal)
        || function.Equals(Xsd.Float) || function.Equals(Xsd.Double) || function.Equals(Xsd.DateTime) || Xsd.IsIntegerType(function);

    public static Term? Cast(Iri type, Term? value)
    {
        if (value is null || value is BlankNode)
        {
            return null;
        }

        if (type.Equals(Xsd.String))
        {
            return value switch
            {
                Iri i => Literal.Create(i.Value),
                Literal l => Literal.Create(CanonicalString(l)),
                _ => null,
            };
        }

        if (value is not Literal lit || lit.Language is not null)
        {
            return null;
        }

        bool fromString = lit.Datatype.Equals(Xsd.String);
        string s = lit.Value.Trim();
        bool hasNumber = Numeric.TryGet(lit, out var n);
        bool? boolean = lit.Datatype.Equals(Xsd.Boolean) ? Operators.BooleanValue(lit) : null;
        if (!fromString && !hasNumber && boolean is null && !lit.Datatype.Equals(Xsd.DateTime))
        {
            return null;
        }

        if (type.Equals(Xsd.Boolean))
        {
            if (fromString)
            {
                return s switch
                {
                    "true" or "1" => Literal.Boolean(true),
                    "false" or "0" => Literal.Boolean(false),
                    _ => null,
                };
            }

            if (boolean is not null)
            {
                return Literal.Boolean(boolean.Value);
            }

            return hasNumber ? Literal.Boolean(!n.IsZero && !n.IsNaN) : null;
        }

        if (type.Equals(Xsd.Double) || type.Equals(Xsd.Float))
        {
            double d;
            if (fromString)
            {
                if (!Numeric.TryParseDouble(s, out d))
                {
                    return null;
                }
            }
            else if (boolean is not null)
            {
                d = boolean.Value ? 1 : 0;
            }
            else if (hasNumber)
            {
                d = n.AsDouble;
            }
            else
            {
                return null;
            }

            return type.Equals(Xsd.Float) ? Numeric.FromFloat(d).ToLiteral() : Numeric.FromDouble(d).ToLiteral();
        }

        if (type.Equals(Xsd.Decimal))
        {
            decimal d;
            if (fromString)
            {
                if (!Numeric.IsDecimalLexical(s) || !decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out d))
                {
                    return null;
                }
            }
            else if (boolean is not null)
            {
                d = boolean.Value ? 1 : 0;
            }
            else if (hasNumber)
            {
                if (n.Kind >= NumericKind.Float && (double.IsNaN(n.Double) || double.IsInfinity(n.Double)))
                {
                    return null;
                }

                try
                {
                    d = n.Kind >= NumericKind.Float ? (decimal)n.Double : n.Decimal;
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }

            return Numeric.FromDecimal(d).ToLiteral();
        }

        if (Xsd.IsIntegerType(type))
        {
            decimal d;
            if (fromString)
            {
                if (!Numeric.IsIntegerLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out d))
                {
                    return null;
                }
            }
            else if (boolean is not null)
            {
                d = boolean.Value ? 1 : 0;
            }
            else if (hasNumber)
            {
                if (n.Kind >= NumericKind.Float && (double.IsNaN(n.Double) || double.IsInfinity(n.Double)))
                {
                    return null;
                }

                try
                {
                    d = decimal.Truncate(n.Kind >= NumericKind.Float ? (decimal)n.Double : n.Decimal);
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }

            var result = Literal.Typed(d.ToString("0", CultureInfo.InvariantCulture), type);
            return Numeric.TryGet(result, out _) ? result : null;
        }

        if (type.Equals(Xsd.DateTime))
        {
            var candidate = Literal.Typed(s, Xsd.DateTime);
            return (fromString || lit.Datatype.Equals(Xsd.DateTime)) && DateTimeValue.TryGet(candidate, out _) ? candidate : null;
        }

        return null;
    }

    private static string CanonicalString(Literal l)
    {
        if (Numeric.TryGet(l, out var n))
        {
            return n.Kind switch
            {
                NumericKind.Integer => n.Decimal.ToString("0", CultureInfo.InvariantCulture),
                NumericKind.Decimal => Numeric.FormatDecimal(n.Decimal),
                _ => l.Value,
            };
        }

        if (l.Datatype.Equals(Xsd.Boolean) && Operators.BooleanValue(l) is { } b)
        {
            return b ? "true" : "false";
        }

        return l.Value;
    }
}
