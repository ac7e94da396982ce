using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>The literal forms the mapping writes, each with one canonical lexical form.</summary>
internal static partial class Literals
{
    private static readonly Iri GYear = Iri.Unchecked(Xsd.Namespace + "gYear");
    private static readonly Iri GYearMonth = Iri.Unchecked(Xsd.Namespace + "gYearMonth");
    private static readonly Iri Date = Iri.Unchecked(Xsd.Namespace + "date");

    public static Literal Offset(int value) =>
        Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Xsd.NonNegativeInteger);

    /// <summary>A probability as xsd:decimal rounded to 4 places ("0.97", "1.0"), so it prints the same everywhere.</summary>
    public static Literal Confidence(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{what}: confidence {value} is not a number.");
        }

        decimal d = Math.Round((decimal)value, 4, MidpointRounding.ToEven);
        return Literal.Typed(d.ToString("0.0###", CultureInfo.InvariantCulture), Xsd.Decimal);
    }

    /// <summary>ITS wants xsd:double for itsrdf:taConfidence; rounded first for the same reason.</summary>
    public static Literal MentionConfidence(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{what}: confidence {value} is not a number.");
        }

        return Literal.Double((double)Math.Round((decimal)value, 4, MidpointRounding.ToEven));
    }

    public static Literal Day(DateOnly date) =>
        Literal.Typed(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date);

    /// <summary>A normalised time typed as precisely as its form allows: xsd:date, xsd:gYearMonth, xsd:gYear, or a
    /// plain string for reduced forms such as "199" (the 1990s).</summary>
    public static Literal Time(string value)
    {
        if (DateRegex().IsMatch(value))
        {
            return Literal.Typed(value, Date);
        }

        if (YearMonthRegex().IsMatch(value))
        {
            return Literal.Typed(value, GYearMonth);
        }

        return YearRegex().IsMatch(value) ? Literal.Typed(value, GYear) : Literal.Create(value);
    }

    [GeneratedRegex(@"^-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^-?\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex YearMonthRegex();

    [GeneratedRegex(@"^-?\d{4}$")]
    private static partial Regex YearRegex();
}
