using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>A known place or organisation: its canonical name, type, key and identifiers.</summary>
internal sealed record PlaceRecord(string Key, string Name, EntityType Type, ExternalIds Ids)
{
    /// <summary>For a country: the names of its capital, used to recognise the capital standing for the government.</summary>
    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>The containing country (ISO 3166-1 alpha-2), when known.</summary>
    public string? CountryCode { get; init; }

    /// <summary>For an organisation: the nouns a description may call it by ("bloc", "group", "company").</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public bool IsCountry { get; init; }

    /// <summary>A state that no longer exists ("Soviet Union"), whose people's name stands for it as a country's does.</summary>
    public bool IsFormerState { get; init; }

    /// <summary>A country's first-level division (a state, province or oblast).</summary>
    public bool IsRegion { get; init; }

    /// <summary>For a city: its population (0 when unknown).</summary>
    public long Population { get; init; }
}
