using KnowledgeGraph.Extraction.Articles;
using static KnowledgeGraph.Extraction.Tests.Articles.ArticleReading;

namespace KnowledgeGraph.Extraction.Tests.Articles;

public sealed class JsonArticleTests
{
    [Fact]
    public async Task Json_lines_records_are_read_and_a_malformed_line_is_reported_with_its_number()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl",
            "{\"id\":\"a1\",\"text\":\"First title\\n\\nFirst body.\",\"title\":\"First title\",\"date\":\"2024-01-02\"," +
            "\"url\":\"https://example.org/a1\",\"source\":\"Wire\"}\n" +
            "{\"id\":\"a2\",\"text\":\"broken\n" +
            "\n" +
            "{\"id\":42,\"text\":\"Second\\r\\nbody\"}\n" +
            "{\"text\":\"no id\"}\n" +
            "{\"id\":\"a5\",\"text\":\"Dated\",\"date\":\"yesterday\"}\n");

        var results = await ReadAllAsync(path);

        Assert.Equal(5, results.Count);
        var first = results[0].Article!;
        Assert.Equal(("a1", "First title", new DateOnly(2024, 1, 2), "https://example.org/a1", "Wire"),
            (first.Id, first.Title, first.Date!.Value, first.Url, first.Source));
        Assert.Equal(path + ":1", first.Origin);
        Assert.False(results[1].IsSuccess);
        Assert.Equal(path + ":2", results[1].Origin);
        Assert.StartsWith("malformed JSON", results[1].Error, StringComparison.Ordinal);
        Assert.Equal("42", results[2].Article!.Id);
        Assert.Equal("Second\nbody", results[2].Article!.Text);
        Assert.Equal(path + ":5", results[3].Origin);
        Assert.Contains("missing \"id\"", results[3].Error, StringComparison.Ordinal);
        Assert.Contains("not a date", results[4].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_file_may_hold_one_record_or_an_array()
    {
        using var folder = new TempFolder();
        var single = folder.Write("one.json", "{\"id\":\"x\",\"text\":\"Body\",\"source_url\":\"https://example.org/x\"}");
        var array = folder.Write("many.json", "[{\"id\":\"y\",\"text\":\"Y\"},{\"id\":\"z\"}]");

        var results = await ReadAllAsync(single, array);

        Assert.Equal("https://example.org/x", results[0].Article!.Url);
        Assert.Equal("y", results[1].Article!.Id);
        Assert.Equal(array + "[1]", results[2].Origin);
        Assert.Contains("missing \"text\"", results[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_line_is_reported_and_the_next_line_still_reads()
    {
        using var folder = new TempFolder();
        byte[] bad = [.. "{\"id\":\"b\",\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8];
        var path = folder.Write("mixed.jsonl", [.. bad, .. "{\"id\":\"c\",\"text\":\"ok\"}\n"u8]);

        var results = await ReadAllAsync(path);

        Assert.Equal("invalid UTF-8", results[0].Error);
        Assert.Equal("c", results[1].Article!.Id);
    }

    [Fact]
    public async Task Gum_dev_corpus_reads_completely()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "eval", "gum-news-dev.jsonl");
        if (!File.Exists(path))
        {
            // The shared corpus sits beside the repository on developer machines and in CI.
            Assert.Fail("missing " + path);
        }

        var results = await ReadAllAsync(path);

        Assert.Equal(10, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        Assert.All(results, r => Assert.NotNull(r.Article!.Date));
    }
}
