using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Normalises time expressions ("2001", "the 1990s", "in August 2021", "on Wednesday", "yesterday") against the article date.</summary>
internal static partial class TimeNormalizer
{
    private static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];


    public static string? Normalize(string expression, DateOnly? articleDate)
    {
        var decade = Decade().Match(expression);
        if (decade.Success)
        {
            return decade.Groups[1].Value[..3];
        }

        var year = Year().Match(expression);
        var month = MonthDay().Match(expression);
        if (month.Success && (year.Success || articleDate is not null))
        {
            // "in August 2021" → 2021-08, "on March 3, 2022" → 2022-03-03; without a year, the latest such month
            // up to the article's date.
            int m = DateTime.ParseExact(month.Groups[1].Value, "MMMM", CultureInfo.InvariantCulture).Month;
            int y = year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture)
                : articleDate!.Value.Month >= m ? articleDate.Value.Year : articleDate.Value.Year - 1;
            return month.Groups[2].Success && int.TryParse(month.Groups[2].Value, CultureInfo.InvariantCulture, out int day)
                && day >= 1 && day <= DateTime.DaysInMonth(y, m)
                ? new DateOnly(y, m, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : $"{y:D4}-{m:D2}";
        }

        if (year.Success)
        {
            return year.Value;
        }

        if (articleDate is not { } date)
        {
            return null;
        }

        var lower = expression.ToLowerInvariant();
        if (lower.Contains("yesterday", StringComparison.Ordinal))
        {
            return date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (lower.Contains("today", StringComparison.Ordinal))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        for (var d = 0; d < Days.Length; d++)
        {
            if (lower.Contains(Days[d], StringComparison.Ordinal))
            {
                // The most recent such weekday on or before the article date.
                var back = ((int)date.DayOfWeek - d + 7) % 7;
                return date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Finds a time expression in <paramref name="text"/> between the offsets; returns its span or null.</summary>
    public static (int Start, int End)? Find(string text, int start, int end)
    {
        var slice = text[start..end];
        var m = TimePhrase().Match(slice);
        return m.Success ? (start + m.Index, start + m.Index + m.Length) : null;
    }

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2})s\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(1[5-9][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: ([0-9]{1,2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(since [^,.;]{0,60}?\b(?:1[5-9][0-9]{2}|20[0-9]{2})(?:[-–](?:1[5-9][0-9]{2}|20[0-9]{2}))?s?(?: (?:war|conflict|invasion|coup|revolution|uprising)\b)?|(?:in|since|by|until|on) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: [0-9]{1,2}\b)?(?:,? (?:1[5-9][0-9]{2}|20[0-9]{2})\b)?|(?:in|since|by|until) (?:the (?:early |late |mid-)?(?:1[5-9][0-9]{2}|20[0-9]{2})s|(?:early |late |mid-)?(?:1[5-9][0-9]{2}|20[0-9]{2})s?)|(?:1[5-9][0-9]{2}|20[0-9]{2})\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)", RegexOptions.CultureInvariant)]
    private static partial Regex TimePhrase();
}
