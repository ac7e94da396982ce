namespace KnowledgeGraph.Extraction.Facts;

/// <summary>A person's office, rank, title or function, with the organisation or country it belongs to.</summary>
public sealed record RoleFact
{
    public required string PersonId { get; init; }

    /// <summary>The role as written ("Prime Minister", "foreign policy adviser").</summary>
    public required string Role { get; init; }

    /// <summary>The organisation, country or group (<see cref="Entity.Id"/>), or null.</summary>
    public string? OfId { get; init; }

    public required TextSpan Evidence { get; init; }

    public double Confidence { get; init; } = 1.0;
}
