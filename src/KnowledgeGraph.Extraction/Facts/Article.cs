namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// One news article as read from a file, a web page or a JSON Lines record. <see cref="Text"/> is the body that
/// every offset points into (NFC-normalised, <c>\n</c> line ends); <see cref="ExcludedSpans"/> marks photo captions
/// and trailing boilerplate that stay in the text (so offsets stay exact) but yield no facts.
/// </summary>
public sealed record Article
{
    /// <summary>A stable identifier: the JSON Lines id, or the file name without extension.</summary>
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date, used to normalise relative time expressions.</summary>
    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    /// <summary>Publisher or feed name.</summary>
    public string? Source { get; init; }

    /// <summary>BCP 47 language tag when known (for example <c>en</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was read from (file path, <c>file.jsonl:12</c>, or <c>&lt;stdin&gt;</c>).</summary>
    public string? Origin { get; init; }

    public IReadOnlyList<TextSpan> ExcludedSpans { get; init; } = [];
}
