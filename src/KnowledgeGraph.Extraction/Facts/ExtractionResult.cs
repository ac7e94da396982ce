namespace KnowledgeGraph.Extraction.Facts;

/// <summary>Everything the extractor found in one article.</summary>
public sealed record ExtractionResult
{
    public required Article Article { get; init; }

    /// <summary>The version of the extractor that produced these facts (recorded as provenance).</summary>
    public required string ExtractorVersion { get; init; }

    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    public IReadOnlyList<ControlFact> Controls { get; init; } = [];

    public IReadOnlyList<RoleFact> Roles { get; init; } = [];

    /// <summary>Problems met that did not stop extraction (for example a time budget reached).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
