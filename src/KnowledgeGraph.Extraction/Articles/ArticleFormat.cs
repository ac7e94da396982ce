namespace KnowledgeGraph.Extraction.Articles;

/// <summary>The input formats <see cref="ArticleSource"/> understands.</summary>
internal enum ArticleFormat
{
    PlainText,
    Html,
    JsonLines,
    Json,
}
