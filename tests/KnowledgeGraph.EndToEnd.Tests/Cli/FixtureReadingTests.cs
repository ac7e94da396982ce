using KnowledgeGraph.Extraction.Articles;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>The end-to-end fixtures read as intended (so a failing CLI test points at the CLI, not the fixture).</summary>
public sealed class FixtureReadingTests
{
    [Fact]
    public async Task News_page_fixture_yields_metadata_and_only_the_story_text()
    {
        var results = new List<ArticleReadResult>();
        await foreach (var r in ArticleSource.ReadAsync([Path.Combine(RepositoryPaths.Fixtures, "harbour-talks.html")]))
        {
            results.Add(r);
        }

        var article = Assert.Single(results).Article!;
        Console.WriteLine(article.Text);
        Assert.Equal("harbour-talks", article.Id);
        Assert.Equal("Rebels say they hold northern port as talks stall", article.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), article.Date);
        Assert.Equal("Lena Marsh", article.Author);
        Assert.Equal("https://meridian.example.com/world/2024/05/14/rebels-port-talks", article.Url);
        Assert.Equal("Meridian Daily", article.Source);
        Assert.StartsWith("Rebels say they hold northern port as talks stall\n\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("\"The port is in our hands and it will stay in our hands,\" Mateo Ilves", article.Text, StringComparison.Ordinal);
        Assert.Contains("Aid agencies said thousands of residents had fled the port in recent days.", article.Text, StringComparison.Ordinal);
        foreach (var noise in new[] { "Business", "Search", "Ceasefire talks open in Geneva", "Tweet", "Privacy", "dataLayer" })
        {
            Assert.DoesNotContain(noise, article.Text, StringComparison.Ordinal);
        }

        var excluded = article.ExcludedSpans.Select(s => s.Of(article.Text)).ToList();
        Assert.All(excluded, e => Assert.DoesNotContain("Rebel commanders said", e, StringComparison.Ordinal));
        if (article.Text.Contains("Cranes stand idle", StringComparison.Ordinal))
        {
            Assert.Contains(excluded, e => e.StartsWith("Cranes stand idle", StringComparison.Ordinal));
        }
    }
}
