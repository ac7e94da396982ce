namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// A person, organisation, group or place mentioned in one article. <see cref="Id"/> is local to the article
/// (<c>e1</c>, <c>e2</c>, ...); the mapping mints global IRIs from <see cref="Type"/> and <see cref="CanonicalName"/>
/// or from <see cref="ExternalIds"/>.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>The fullest name, titles stripped ("Ilham Aliyev", "Nagorno-Karabakh").</summary>
    public required string CanonicalName { get; init; }

    /// <summary>Every other surface form this article uses for the entity (short forms, demonyms, metonyms).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    public ExternalIds ExternalIds { get; init; } = new();

    public double Confidence { get; init; } = 1.0;
}
