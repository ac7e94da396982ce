namespace KnowledgeGraph.Extraction.Facts;

/// <summary>Identifiers of an entity in public gazetteers and knowledge bases, when the bundled data gives them.</summary>
public sealed record ExternalIds
{
    /// <summary>Wikidata item, for example <c>Q227</c>.</summary>
    public string? Wikidata { get; init; }

    /// <summary>GeoNames feature id, for example <c>587116</c>.</summary>
    public string? GeoNames { get; init; }

    /// <summary>ISO 3166-1 alpha-2 (or ISO 3166-2) code, for example <c>AZ</c>.</summary>
    public string? Iso3166 { get; init; }

    public bool IsEmpty => Wikidata is null && GeoNames is null && Iso3166 is null;
}
