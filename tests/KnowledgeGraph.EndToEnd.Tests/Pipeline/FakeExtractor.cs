using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

/// <summary>Treats every capitalised word as an entity; throws for a text containing "BOOM"; counts its calls.</summary>
internal sealed class FakeExtractor(string version = "fake-1") : IArticleExtractor
{
    private int _calls;

    public string Version => version;

    public int Calls => _calls;

    /// <summary>Called before each extraction (tests use it to cancel mid-run).</summary>
    public Action<Article>? OnExtract { get; init; }

    public ExtractionResult Extract(Article article, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        OnExtract?.Invoke(article);
        cancellationToken.ThrowIfCancellationRequested();
        if (article.Text.Contains("BOOM", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("extractor exploded");
        }

        var names = article.Text.Split([' ', '\n', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ExtractionResult
        {
            Article = article,
            ExtractorVersion = Version,
            Entities = [.. names.Select((n, i) => new Entity { Id = "e" + i, Type = EntityType.Person, CanonicalName = n })],
        };
    }
}
