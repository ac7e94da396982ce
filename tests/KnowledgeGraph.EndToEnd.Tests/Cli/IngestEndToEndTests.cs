using System.Text.RegularExpressions;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// <c>kg ingest</c> as a user runs it: seeds, a news page, a JSON Lines feed with a malformed line, and a folder with
/// a binary and an empty file. Good articles are stored, bad ones reported, exit code 3, and a second run changes
/// nothing.
/// </summary>
public sealed partial class IngestEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-e2e-");

    public IngestEndToEndTests()
    {
        var inputs = _folder.Sub("inputs");
        Directory.CreateDirectory(Path.Combine(inputs, "seeds"));
        Directory.CreateDirectory(Path.Combine(inputs, "web"));
        Directory.CreateDirectory(Path.Combine(inputs, "bad"));
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(inputs, "seeds", Path.GetFileName(seed)));
        }

        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "harbour-talks.html"), Path.Combine(inputs, "web", "harbour-talks.html"));
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "feed.jsonl"), Path.Combine(inputs, "feed.jsonl"));
        File.WriteAllBytes(Path.Combine(inputs, "bad", "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x01, 0x02, 0xFF]);
        File.WriteAllBytes(Path.Combine(inputs, "bad", "empty.html"), []);
    }

    private string Inputs => _folder.Sub("inputs");

    private string Store => _folder.Sub("store");

    public void Dispose() => _folder.Dispose();

    private static int Count(string output, string label)
    {
        var match = Regex.Match(output, Regex.Escape(label) + @"\s+([\d,]+)");
        Assert.True(match.Success, $"no '{label}' in:\n{output}");
        return int.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The store's content, without figures that depend on compaction (size on disk, dictionary estimate).
    private async Task<string> StatsAsync()
    {
        var stats = await KgRunner.RunAsync(_folder.Path, "stats", "--store", Store);
        Assert.True(stats.ExitCode == 0, stats.ToString());
        return string.Join('\n', stats.Output.Split('\n').Where(l => l.StartsWith("quads", StringComparison.Ordinal) ||
            l.StartsWith("named graphs", StringComparison.Ordinal) || l.StartsWith("distinct terms", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Good_articles_are_stored_bad_ones_reported_and_a_second_run_changes_nothing()
    {
        var report = _folder.Sub("failures.tsv");
        var good = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Count() + 1 + 2;

        var first = await KgRunner.RunAsync(_folder.Path, "ingest", Inputs, "--store", Store, "--report", report);

        Assert.True(first.ExitCode == 3, first.ToString());
        Assert.Equal(good, Count(first.Output, "articles written"));
        Assert.Equal(3, Count(first.Output, "failed"));
        Assert.Matches(@"scan\.txt: binary file", first.Error);
        Assert.Matches(@"empty\.html: empty file", first.Error);
        Assert.Matches(@"feed\.jsonl:2: malformed JSON", first.Error);
        var reported = File.ReadAllLines(report);
        Assert.Equal(4, reported.Length);
        Assert.True(Count(first.Output, "facts (quotes, control, roles)") > 0, first.Output);
        var before = await StatsAsync();
        Assert.True(Count(before, "named graphs") >= good, before);

        var second = await KgRunner.RunAsync(_folder.Path, "ingest", Inputs, "--store", Store);

        Assert.True(second.ExitCode == 3, second.ToString());
        Assert.Equal(0, Count(second.Output, "articles written"));
        Assert.Equal(good, Count(second.Output, "unchanged (skipped)"));
        Assert.Equal(before, await StatsAsync());
    }

    [Fact]
    public async Task Standard_input_is_ingested_and_all_good_input_exits_zero()
    {
        const string story = "Minister resigns over port deal\n\nTransport Minister Ada Kerr resigned on Friday, " +
                             "the prime minister's office said.\n\n\"I have done nothing wrong,\" Kerr told reporters.\n";

        var result = await KgRunner.RunWithInputAsync(_folder.Path, story, "ingest", "-", "--store", Store);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, Count(result.Output, "articles written"));
    }

    [Fact]
    public async Task Only_bad_input_is_a_bad_input_error()
    {
        var result = await KgRunner.RunAsync(_folder.Path, "ingest", Path.Combine(Inputs, "bad"), "--store", Store);

        Assert.True(result.ExitCode == 1, result.ToString());
    }
}
