using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>A numeric value: integers and decimals as <see cref="decimal"/>, floats and doubles as <see cref="double"/>.</summary>
internal readonly record struct Numeric(NumericKind Kind, decimal Decimal, double Double)
{
    public static Numeric FromInteger(decimal value) => new(NumericKind.Integer, decimal.Truncate(value), 0);

    public static Numeric FromDecimal(decimal value) => new(NumericKind.Decimal, value, 0);

    public static Numeric FromDouble(double value) => new(NumericKind.Double, 0, value);

    public static Numeric FromFloat(double value) => new(NumericKind.Float, 0, (float)value);

    public double AsDouble => Kind >= NumericKind.Float ? Double : (double)Decimal;

    public bool IsNaN => Kind >= NumericKind.Float && double.IsNaN(Double);

    public bool IsZero => Kind >= NumericKind.Float ? Double == 0 : Decimal == 0;

    /// <summary>The value of a well-formed numeric literal; false for other terms and ill-formed lexical forms.</summary>
    public static bool TryGet(Term? term, out Numeric value)
    {
        value = default;
        if (term is not Literal { Language: null } l)
        {
            return false;
        }

        var dt = l.Datatype;
        string s = l.Value.Trim();
        if (Xsd.IsIntegerType(dt))
        {
            if (!IsIntegerLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal d))
            {
                return false;
            }

            if (!InRange(dt, d))
            {
                return false;
            }

            value = FromInteger(d);
            return true;
        }

        if (dt.Equals(Xsd.Decimal))
        {
            if (!IsDecimalLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
            {
                return false;
            }

            value = FromDecimal(d);
            return true;
        }

        if (dt.Equals(Xsd.Double) || dt.Equals(Xsd.Float))
        {
            if (!TryParseDouble(s, out double x))
            {
                return false;
            }

            value = dt.Equals(Xsd.Float) ? FromFloat(x) : FromDouble(x);
            return true;
        }

        return false;
    }

    private static bool InRange(Iri dt, decimal d) => dt.Value[Xsd.Namespace.Length..] switch
    {
        "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte" => d >= 0,
        "positiveInteger" => d > 0,
        "negativeInteger" => d < 0,
        "nonPositiveInteger" => d <= 0,
        "int" => d is >= int.MinValue and <= int.MaxValue,
        "short" => d is >= short.MinValue and <= short.MaxValue,
        "byte" => d is >= sbyte.MinValue and <= sbyte.MaxValue,
        "long" => d is >= long.MinValue and <= long.MaxValue,
        _ => true,
    };

    public static bool IsIntegerLexical(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (i >= s.Length)
        {
            return false;
        }

        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDecimalLexical(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        bool digits = false;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits = true;
            }
            else if (s[i] == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits;
    }

    public static bool TryParseDouble(string s, out double value)
    {
        switch (s)
        {
            case "INF" or "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
        }

        value = 0;
        int e = s.IndexOfAny(['e', 'E']);
        string mantissa = e < 0 ? s : s[..e];
        if (!IsDecimalLexical(mantissa) || (e >= 0 && !IsIntegerLexical(s[(e + 1)..])))
        {
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The canonical literal of this value.</summary>
    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => Literal.Typed(Decimal.ToString("0", CultureInfo.InvariantCulture), Xsd.Integer),
        NumericKind.Decimal => Literal.Typed(FormatDecimal(Decimal), Xsd.Decimal),
        NumericKind.Float => Literal.Typed(FormatFloat(Double), Xsd.Float),
        _ => Literal.Typed(FormatDouble(Double), Xsd.Double),
    };

    // Computed floats and doubles use the shortest round-trip text ("3", "1.25", "1E+20" as "1E20"), as the W3C
    // results expect for arithmetic and casts.
    public static string FormatFloat(double value)
    {
        float f = (float)value;
        return float.IsNaN(f) || float.IsInfinity(f) ? XsdFormatting.FormatDouble(f) : f.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
    }

    public static string FormatDouble(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? XsdFormatting.FormatDouble(value) : value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);

    /// <summary>A decimal keeping the scale of the computation ("1.0" + 2 is "3.0", 3 + 3 is "6"), never in exponent form.</summary>
    public static string FormatDecimal(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    public Numeric Promote(NumericKind to)
    {
        if (to <= Kind)
        {
            return this;
        }

        return to switch
        {
            NumericKind.Decimal => FromDecimal(Decimal),
            NumericKind.Float => FromFloat(AsDouble),
            _ => FromDouble(AsDouble),
        };
    }
}
