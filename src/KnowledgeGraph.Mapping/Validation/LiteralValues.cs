using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>Lexical checks and value comparison for the XSD datatypes that sh:datatype, sh:minInclusive and
/// sh:lessThan meet in practice.</summary>
internal static partial class LiteralValues
{
    private static readonly HashSet<string> Integers = ["integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"];

    private static readonly HashSet<string> Ordered = ["date", "dateTime", "gYear", "gYearMonth", "time", "string"];

    /// <summary>Whether the literal's lexical form is valid for its datatype (unknown datatypes are accepted).</summary>
    public static bool IsWellFormed(Literal literal)
    {
        string local = LocalXsd(literal.Datatype);
        string v = literal.Value;
        if (Integers.Contains(local))
        {
            if (!IntegerRegex().IsMatch(v) || !decimal.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal n))
            {
                return false;
            }

            return local switch
            {
                "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte" => n >= 0,
                "positiveInteger" => n > 0,
                "nonPositiveInteger" => n <= 0,
                "negativeInteger" => n < 0,
                "int" => n is >= int.MinValue and <= int.MaxValue,
                "short" => n is >= short.MinValue and <= short.MaxValue,
                "byte" => n is >= sbyte.MinValue and <= sbyte.MaxValue,
                _ => true,
            };
        }

        return local switch
        {
            "decimal" => DecimalRegex().IsMatch(v),
            "double" or "float" => v is "INF" or "-INF" or "+INF" or "NaN" || (DoubleRegex().IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
            "boolean" => v is "true" or "false" or "1" or "0",
            "date" => DateRegex().IsMatch(v) && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "dateTime" => DateTimeRegex().IsMatch(v),
            "gYear" => GYearRegex().IsMatch(v),
            "gYearMonth" => GYearMonthRegex().IsMatch(v),
            _ => true,
        };
    }

    /// <summary>Compares two literals by value: numbers numerically, dates and strings of the same type by their
    /// lexical order. Null when they cannot be compared (which SHACL treats as a violation).</summary>
    public static int? Compare(Term a, Term b)
    {
        if (a is not Literal x || b is not Literal y || !IsWellFormed(x) || !IsWellFormed(y))
        {
            return null;
        }

        if (Number(x) is { } nx && Number(y) is { } ny)
        {
            return nx.CompareTo(ny);
        }

        string tx = LocalXsd(x.Datatype), ty = LocalXsd(y.Datatype);
        return tx == ty && Ordered.Contains(tx) && x.Language is null && y.Language is null ? Math.Sign(string.CompareOrdinal(x.Value, y.Value)) : null;
    }

    private static double? Number(Literal l)
    {
        string local = LocalXsd(l.Datatype);
        if (!Integers.Contains(local) && local is not ("decimal" or "double" or "float"))
        {
            return null;
        }

        return l.Value switch
        {
            "INF" or "+INF" => double.PositiveInfinity,
            "-INF" => double.NegativeInfinity,
            "NaN" => null,
            _ => double.Parse(l.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static string LocalXsd(Iri datatype) =>
        datatype.Value.StartsWith(Xsd.Namespace, StringComparison.Ordinal) ? datatype.Value[Xsd.Namespace.Length..] : "";

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerRegex();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex DecimalRegex();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex DoubleRegex();

    [GeneratedRegex(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GYearRegex();

    [GeneratedRegex(@"^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GYearMonthRegex();
}
