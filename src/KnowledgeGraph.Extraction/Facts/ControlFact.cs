namespace KnowledgeGraph.Extraction.Facts;

/// <summary>A party's control relation to a place, with time and who asserts it.</summary>
public sealed record ControlFact
{
    public required string PartyId { get; init; }

    public required string PlaceId { get; init; }

    public required ControlStatus Status { get; init; }

    /// <summary>The time expression as written ("since the 1990s", "on Wednesday"), or null.</summary>
    public string? TimeText { get; init; }

    public TextSpan? TimeSpan { get; init; }

    /// <summary>The time normalised against the article date, as an ISO 8601 value ("2023-09-20", "1990s" → "199"), or null.</summary>
    public string? NormalizedTime { get; init; }

    /// <summary>The entity that asserts the claim, when it is not the narrator.</summary>
    public string? AssertedById { get; init; }

    public required TextSpan Evidence { get; init; }

    public double Confidence { get; init; } = 1.0;
}
