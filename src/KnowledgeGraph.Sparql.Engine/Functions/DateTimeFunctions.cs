using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>Functions on dates and times (section 17.4.5).</summary>
internal static class DateTimeFunctions
{
    public static Term? Year(Term? a) => DateTimeValue.TryGet(a, out var d) ? Literal.Integer(d.Year) : null;

    public static Term? Month(Term? a) => DateTimeValue.TryGet(a, out var d) ? Literal.Integer(d.Month) : null;

    public static Term? Day(Term? a) => DateTimeValue.TryGet(a, out var d) ? Literal.Integer(d.Day) : null;

    public static Term? Hours(Term? a) => DateTimeValue.TryGet(a, out var d) && !d.IsDate ? Literal.Integer(d.Hour) : null;

    public static Term? Minutes(Term? a) => DateTimeValue.TryGet(a, out var d) && !d.IsDate ? Literal.Integer(d.Minute) : null;

    public static Term? Seconds(Term? a) =>
        DateTimeValue.TryGet(a, out var d) && !d.IsDate ? Numeric.FromDecimal(d.Second).ToLiteral() : null;

    public static Term? Timezone(Term? a)
    {
        if (!DateTimeValue.TryGet(a, out var d) || d.OffsetMinutes is not { } offset)
        {
            return null;
        }

        if (offset == 0)
        {
            return Literal.Typed("PT0S", Xsd.DayTimeDuration);
        }

        int abs = Math.Abs(offset);
        string text = (offset < 0 ? "-" : "") + "PT" + (abs / 60 > 0 ? (abs / 60).ToString(CultureInfo.InvariantCulture) + "H" : "")
            + (abs % 60 > 0 ? (abs % 60).ToString(CultureInfo.InvariantCulture) + "M" : "");
        return Literal.Typed(text, Xsd.DayTimeDuration);
    }

    public static Term? Tz(Term? a) => DateTimeValue.TryGet(a, out var d) ? Literal.Create(d.TimezoneText) : null;

    public static Literal Now(DateTimeOffset now) =>
        Literal.Typed(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Xsd.DateTime);
}
