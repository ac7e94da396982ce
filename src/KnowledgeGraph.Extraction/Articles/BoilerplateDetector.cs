using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Finds the parts of an article's text that are not reporting: photo captions (a line that ends in a photo or agency
/// credit) and the trailing block of publisher furniture ("More from ...", "Reporting by ...; Editing by ...",
/// "Our Standards: ...", "Sign up here"). The spans stay in the text so offsets stay exact; the extractor skips them.
/// </summary>
internal static partial class BoilerplateDetector
{
    // A short line is a headline in a "More from ..." list, not a paragraph of reporting.
    private const int MaxHeadlineWords = 16;

    /// <summary>Excluded spans of <paramref name="text"/>, in order, each a whole line without its line end.</summary>
    /// <param name="text">Normalised article text.</param>
    /// <param name="firstBodyLine">Lines before this one (the title) are never excluded.</param>
    public static IReadOnlyList<TextSpan> Find(string text, int firstBodyLine = 1)
    {
        var lines = NonEmptyLines(text);
        var excluded = new List<TextSpan>();
        var trailingStart = TrailingBlockStart(text, lines, firstBodyLine);
        for (var i = firstBodyLine; i < trailingStart; i++)
        {
            if (IsCaption(lines[i].Of(text)))
            {
                excluded.Add(lines[i]);
            }
        }

        for (var i = trailingStart; i < lines.Count; i++)
        {
            excluded.Add(lines[i]);
        }

        return excluded;
    }

    internal static bool IsCaption(string line) =>
        CaptionCredit().IsMatch(line) || CaptionPrefix().IsMatch(line) || AgencyPhotographer().IsMatch(line);

    internal static bool IsTrailingMarker(string line) => TrailingMarker().IsMatch(line);

    // Walks back from the end over marker lines and headline-like lines; the block starts at its first marker line,
    // so a short final paragraph of reporting right before the furniture stays in.
    private static int TrailingBlockStart(string text, List<TextSpan> lines, int firstBodyLine)
    {
        var start = lines.Count;
        var i = lines.Count - 1;
        for (; i >= Math.Max(firstBodyLine + 1, 1); i--)
        {
            var line = lines[i].Of(text);
            if (IsTrailingMarker(line))
            {
                start = i;
            }
            else if (!IsHeadlineLike(line))
            {
                break;
            }
        }

        return start;
    }

    private static bool IsHeadlineLike(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length == 0 || ".!?\"”’'):;".Contains(trimmed[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords;
    }

    private static List<TextSpan> NonEmptyLines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(new TextSpan(s, e));
            }

            start = end + 1;
        }

        return lines;
    }

    // "... in Yerevan on Sept. 21 (AFP)", "... (Reuters/Jane Doe)", "... (Photo: Jane Doe/Getty Images)".
    [GeneratedRegex(
        @"\((?:AFP|Reuters|REUTERS|AP|EPA|Getty Images|Xinhua|Bloomberg|Anadolu|TASS|PA|DPA|ANSA|UPI|Sputnik|AA)(?:\s*(?:/|via|Photo|Images|Pictures)[^()]{0,80})?\)\s*$" +
        @"|\((?:[^()]{0,60}(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()]{0,80}|[^()]{0,60}/(?:AFP|Reuters|AP|EPA|Getty Images)[^()]{0,40})\)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(
        @"^(?:FILE PHOTO\b|FILE\s+-\s|PHOTO:|Photo:|Photograph:|Pictured:|Image:|Caption:)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CaptionPrefix();

    // Wire captions end with the agency and photographer: "... on Sept. 21, 2023. REUTERS/Jane Doe".
    [GeneratedRegex(
        @"\b(?:REUTERS|AFP|AP Photo|EPA-EFE|Getty Images)/[\p{Lu}][\p{L}.'\- ]{1,60}(?:/File(?: Photo)?)?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyPhotographer();

    [GeneratedRegex(
        @"^(?:\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Produced|Research|Graphics) by\b" +
        @"|More from\b|Read more\b|Read next\b|Related(?: articles| stories| coverage| content)?\s*:|Recommended\b|Most read\b" +
        @"|Our Standards\s*:|Sign up here\b|Sign up for\b|Subscribe (?:to|now|here)\b|Follow (?:us|@)" +
        @"|Share this (?:article|story)\b|Click here\b|Copyright\b|©|All rights reserved\b" +
        @"|Thomson Reuters\b|This article (?:was|has been)\b|Advertisement\s*$|Contact us\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMarker();
}
