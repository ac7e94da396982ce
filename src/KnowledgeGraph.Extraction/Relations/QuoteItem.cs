using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A quotation found in the text, before entity ids are assigned.</summary>
internal sealed record QuoteItem(EntityInfo Speaker, int ContentStart, int ContentEnd, bool Direct, string Cue)
{
    public int CueStart { get; init; } = -1;

    public int CueEnd { get; init; } = -1;

    public int SpeakerStart { get; init; } = -1;

    public int SpeakerEnd { get; init; } = -1;

    public EntityInfo? Addressee { get; init; }

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    public double Confidence { get; init; } = 0.8;

    /// <summary>The quote span index for direct quotes, else -1.</summary>
    public int QuoteIndex { get; init; } = -1;

    /// <summary>The first and end token of the content, for nested analysis (control claims).</summary>
    public int FirstToken { get; init; }

    public int EndToken { get; init; }
}
