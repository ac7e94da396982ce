namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>One meaning of a phrase in the gazetteer. <see cref="ExactSurface"/> is set for codes that must match case.</summary>
internal sealed record PhraseEntry(PhraseKind Kind, PlaceRecord? Record, int TokenCount, string? ExactSurface = null);
