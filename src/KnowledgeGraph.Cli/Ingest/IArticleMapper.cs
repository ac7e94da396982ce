using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The mapping step of the ingest pipeline: an article's facts to the quads of its named graph (thread-safe).</summary>
internal interface IArticleMapper
{
    /// <summary>Changes whenever the same facts may map to different quads; part of the skip hash.</summary>
    string Version { get; }

    MappedArticle Map(ExtractionResult result, CancellationToken cancellationToken);
}
