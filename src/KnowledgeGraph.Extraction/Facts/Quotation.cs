namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// Something an entity said, as the article attributes it: a direct quote (the words inside the quotation marks) or
/// reported speech (the reported clause).
/// </summary>
public sealed record Quotation
{
    /// <summary>The speaker's <see cref="Entity.Id"/>.</summary>
    public required string SpeakerId { get; init; }

    /// <summary>The quoted or reported content.</summary>
    public required TextSpan Content { get; init; }

    public required bool Direct { get; init; }

    /// <summary>The attribution verb or phrase as written ("said", "told", "according to").</summary>
    public required string Cue { get; init; }

    public TextSpan? CueSpan { get; init; }

    /// <summary>The span naming the speaker where this quote is attributed ("he", "Hajiyev").</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The named recipient or medium ("told Reuters"), as an <see cref="Entity.Id"/>.</summary>
    public string? AddresseeId { get; init; }

    /// <summary>The sentence (or sentences) holding the quote, as evidence.</summary>
    public required TextSpan Evidence { get; init; }

    public double Confidence { get; init; } = 1.0;
}
