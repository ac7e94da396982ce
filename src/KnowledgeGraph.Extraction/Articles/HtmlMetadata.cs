namespace KnowledgeGraph.Extraction.Articles;

/// <summary>What a page says about itself in <c>&lt;meta&gt;</c>, <c>&lt;link&gt;</c> and schema.org JSON-LD.</summary>
internal sealed record HtmlMetadata
{
    public string? Headline { get; init; }

    public DateOnly? Date { get; init; }

    public string? Author { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public string? Language { get; init; }
}
