namespace KnowledgeGraph.Extraction;

/// <summary>Settings of <see cref="NewsExtractor"/>.</summary>
public sealed record ExtractorOptions
{
    /// <summary>Time allowed for one article; when it runs out, the facts found so far are returned with a warning.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Facts below this confidence are dropped.</summary>
    public double MinConfidence { get; init; } = 0.3;

    /// <summary>Texts longer than this many characters are cut (with a warning) before extraction.</summary>
    public int MaxTextLength { get; init; } = 20_000_000;
}
