namespace KnowledgeGraph.Extraction.Text;

/// <summary>The coarse class of a token.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
}
