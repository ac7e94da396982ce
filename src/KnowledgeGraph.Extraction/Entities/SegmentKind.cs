namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What a piece of a capitalised run turned out to be.</summary>
internal enum SegmentKind
{
    Gazetteer,
    Title,
    Honorific,
    Person,
    Organization,
    Facility,
    Place,
    Unknown,
}
