using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>A plain-text article: the first non-empty line is the title, the whole text is the body.</summary>
internal static class PlainTextArticleReader
{
    // A first "line" longer than this is a paragraph of a text that has no title line.
    private const int MaxTitleLength = 300;

    public static Article Read(string id, string origin, string text) => new()
    {
        Id = id,
        Origin = origin,
        Text = text,
        Title = FirstLine(text),
        ExcludedSpans = BoilerplateDetector.Find(text),
    };

    internal static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return trimmed.Length <= MaxTitleLength ? trimmed.ToString() : null;
            }
        }

        return null;
    }
}
