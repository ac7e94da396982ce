using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>Reads publication dates as publishers write them in metadata: ISO 8601 dates and date-times, RFC 1123.</summary>
internal static partial class ArticleDates
{
    /// <summary>The calendar date as written (a time zone offset does not shift it), or null.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = IsoDate().Match(value);
        if (match.Success &&
            DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}(?=$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
