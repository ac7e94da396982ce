using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The pipeline's mapping step, backed by <see cref="FactMapper"/>: one named graph per article.</summary>
internal sealed class FactGraphMapper(FactMapper mapper) : IArticleMapper
{
    public string Version { get; } = "kg-mapping/" + typeof(FactMapper).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public MappedArticle Map(ExtractionResult result, CancellationToken cancellationToken)
    {
        var graph = mapper.Map(result, cancellationToken);
        return new MappedArticle(graph.GraphName, graph.Quads);
    }
}
