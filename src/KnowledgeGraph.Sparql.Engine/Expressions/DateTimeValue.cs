using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>An xsd:dateTime or xsd:date value: the local fields, and the timezone offset in minutes when present.</summary>
internal readonly partial record struct DateTimeValue(long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? OffsetMinutes, string TimezoneText, bool IsDate)
{
    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static bool TryGet(Term? term, out DateTimeValue value)
    {
        value = default;
        if (term is not Literal { Language: null } l)
        {
            return false;
        }

        if (l.Datatype.Equals(Xsd.DateTime))
        {
            var m = DateTimePattern().Match(l.Value);
            if (!m.Success)
            {
                return false;
            }

            value = new DateTimeValue(
                long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture),
                ParseOffset(m.Groups[7].Value),
                m.Groups[7].Value,
                false);
            return value.Month is >= 1 and <= 12 && value.Day is >= 1 and <= 31 && value.Hour <= 24 && value.Minute < 60 && value.Second < 60;
        }

        if (l.Datatype.Equals(Xsd.Date))
        {
            var m = DatePattern().Match(l.Value);
            if (!m.Success)
            {
                return false;
            }

            value = new DateTimeValue(
                long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                0,
                0,
                0,
                ParseOffset(m.Groups[4].Value),
                m.Groups[4].Value,
                true);
            return value.Month is >= 1 and <= 12 && value.Day is >= 1 and <= 31;
        }

        return false;
    }

    private static int? ParseOffset(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text == "Z")
        {
            return 0;
        }

        int sign = text[0] == '-' ? -1 : 1;
        int h = int.Parse(text.AsSpan(1, 2), CultureInfo.InvariantCulture);
        int min = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        return sign * ((h * 60) + min);
    }

    /// <summary>Seconds since year 0 in UTC (local time when there is no timezone), for comparisons.</summary>
    public decimal Instant
    {
        get
        {
            // Days from civil date (proleptic Gregorian), valid for any year.
            long y = Year - (Month <= 2 ? 1 : 0);
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - (era * 400);
            long mp = (Month + 9) % 12;
            long doy = ((153 * mp) + 2) / 5 + Day - 1;
            long doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
            long days = (era * 146097) + doe;
            decimal seconds = (days * 86400m) + (Hour * 3600) + (Minute * 60) + Second;
            return seconds - ((OffsetMinutes ?? 0) * 60);
        }
    }

    /// <summary>Compares two values; null when one has a timezone and the other does not (indeterminate).</summary>
    public static int? Compare(DateTimeValue a, DateTimeValue b)
    {
        if (a.OffsetMinutes.HasValue != b.OffsetMinutes.HasValue)
        {
            // Without a timezone a value may be up to 14 hours off; decide only when the gap is larger.
            decimal diff = a.Instant - b.Instant;
            if (Math.Abs(diff) > 14 * 3600)
            {
                return diff < 0 ? -1 : 1;
            }

            return null;
        }

        return a.Instant.CompareTo(b.Instant);
    }
}
