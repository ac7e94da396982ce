using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A cue with its resolved speaker, as the quote extractor works through a sentence.</summary>
internal sealed record Attribution(int CueFirst, int CueEnd, string Cue, NounPhrase Speaker, double Confidence)
{
    public EntityInfo? Addressee { get; init; }
}
