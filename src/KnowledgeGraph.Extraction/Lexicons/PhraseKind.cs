namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>What a gazetteer phrase names.</summary>
internal enum PhraseKind
{
    Country,
    Place,
    City,
    Region,
    Organization,
    Demonym,
    Title,
    Honorific,
}
