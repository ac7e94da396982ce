using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The pipeline's extraction step, backed by <see cref="NewsExtractor"/>.</summary>
internal sealed class NewsArticleExtractor(NewsExtractor extractor) : IArticleExtractor
{
    // The build's module id changes whenever the extraction code does (deterministic builds), so upgraded
    // extractors re-extract stored articles instead of skipping them.
    public string Version { get; } = NewsExtractor.Version + "/" + typeof(NewsExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public ExtractionResult Extract(Article article, CancellationToken cancellationToken) => extractor.Extract(article, cancellationToken);
}
