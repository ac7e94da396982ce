using KnowledgeGraph.Extraction;
using KnowledgeGraph.Mapping;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>The real extractor and mapper behind <c>kg ingest</c>, <c>kg demo</c> and <c>kg extract</c>.</summary>
internal static class IngestComponents
{
    public static IArticleExtractor Extractor() => new NewsArticleExtractor(new NewsExtractor());

    public static IArticleMapper Mapper() => new FactGraphMapper(new FactMapper());
}
