using System.Text;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// <c>kg compact</c> after a load and a dropped graph: the store keeps every remaining quad, answers the same, and
/// gives back the dropped graph's space.
/// </summary>
public sealed class CompactEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-e2e-");

    private string Store => _folder.Sub("store");

    [Fact]
    public async Task Compact_keeps_the_data_and_reclaims_a_dropped_graphs_space()
    {
        string kept = await WriteTriplesAsync("kept.nt", "k", 500);
        string dropped = await WriteTriplesAsync("dropped.nt", "d", 30_000);
        Assert.True((await KgRunner.RunAsync(_folder.Path, "load", "--store", Store, "--graph", "http://example.org/kept", kept)).ExitCode == 0);
        Assert.True((await KgRunner.RunAsync(_folder.Path, "load", "--store", Store, "--graph", "http://example.org/dropped", dropped)).ExitCode == 0);
        var drop = await KgRunner.RunAsync(_folder.Path, "update", "--store", Store, "DROP GRAPH <http://example.org/dropped>");
        Assert.True(drop.ExitCode == 0, drop.ToString());

        var compact = await KgRunner.RunAsync(_folder.Path, "compact", "--store", Store);

        Assert.True(compact.ExitCode == 0, compact.ToString());
        var sizes = System.Text.RegularExpressions.Regex.Match(compact.Output, @"compacted 500 quads in [\d.]+ s: ([\d.]+) (\w+) -> ([\d.]+) (\w+) on disk");
        Assert.True(sizes.Success, compact.ToString());
        Assert.True(Bytes(sizes.Groups[3].Value, sizes.Groups[4].Value) < Bytes(sizes.Groups[1].Value, sizes.Groups[2].Value), compact.Output);
        var count = await KgRunner.RunAsync(_folder.Path, "query", "--store", Store, "--format", "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/kept> { ?s <http://example.org/p> ?o } }");
        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Contains("500", count.Output, StringComparison.Ordinal);

        // Compaction wrote the read index that queries read; the next write retires it.
        var stats = await KgRunner.RunAsync(_folder.Path, "stats", "--store", Store);
        Assert.Matches(@"read index\s+[\d.]+ \w+ \(current\)", stats.Output);
        Assert.True((await KgRunner.RunAsync(_folder.Path, "update", "--store", Store, "INSERT DATA { <http://example.org/k0> <http://example.org/q> 1 }")).ExitCode == 0);
        stats = await KgRunner.RunAsync(_folder.Path, "stats", "--store", Store);
        Assert.Contains("none (kg compact writes it)", stats.Output, StringComparison.Ordinal);
        count = await KgRunner.RunAsync(_folder.Path, "query", "--store", Store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Assert.Contains("500", count.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compact_of_a_missing_store_fails_clearly()
    {
        var compact = await KgRunner.RunAsync(Path.GetTempPath(), "compact", "--store", Store);

        Assert.Equal(4, compact.ExitCode);
        Assert.Contains("kg compact:", compact.Error, StringComparison.Ordinal);
        Assert.Contains(Store, compact.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Store));
    }

    private async Task<string> WriteTriplesAsync(string name, string prefix, int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append($"<http://example.org/{prefix}{i}> <http://example.org/p> \"value {prefix} {i} with some words to take room\" .\n");
        }

        string path = _folder.Sub(name);
        await File.WriteAllTextAsync(path, text.ToString());
        return path;
    }

    private static double Bytes(string value, string unit) =>
        double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) * unit switch
        {
            "KiB" => 1024,
            "MiB" => 1024 * 1024,
            "GiB" => 1024 * 1024 * 1024,
            _ => 1,
        };

    public void Dispose() => _folder.Dispose();
}
