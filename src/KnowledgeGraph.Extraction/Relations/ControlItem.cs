using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A control relation found in the text, before entity ids are assigned.</summary>
internal sealed record ControlItem(EntityInfo Party, EntityInfo Place, ControlStatus Status, int Start, int End, double Confidence)
{
    public EntityInfo? AssertedBy { get; init; }

    public int TimeStart { get; init; } = -1;

    public int TimeEnd { get; init; } = -1;
}
