using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The extraction step of the ingest pipeline: one article in, its facts out (CPU work, thread-safe).</summary>
internal interface IArticleExtractor
{
    /// <summary>Changes whenever the same article may yield different facts; part of the skip hash.</summary>
    string Version { get; }

    ExtractionResult Extract(Article article, CancellationToken cancellationToken);
}
