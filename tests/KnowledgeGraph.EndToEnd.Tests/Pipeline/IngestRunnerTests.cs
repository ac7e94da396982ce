using System.Text.Json;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

public sealed class IngestRunnerTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-runner-");

    public IngestRunnerTests()
    {
        File.WriteAllText(_folder.Sub("good.txt"), "Talks resume\n\nAlice said the talks would resume.");
        File.WriteAllText(_folder.Sub("boom.txt"), "Bad one\n\nThis text goes BOOM.");
        File.WriteAllBytes(_folder.Sub("empty.txt"), []);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(string? report)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var request = new IngestRequest([_folder.Path], "memory", report, new IngestOptions { Workers = 2 });
        var (exitCode, _) = await IngestRunner.RunAsync(
            request, new FakeExtractor(), new FakeMapper(), new InMemoryDataset(), new ConsoleStreams(output, error, false, 100), default);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Partial_success_prints_a_summary_lists_failures_and_writes_a_tsv_report()
    {
        var report = Path.Combine(_folder.Path, "out", "failures.tsv");

        var (exitCode, output, error) = await RunAsync(report);

        Assert.Equal(ExitCodesUnderTest.PartialSuccess, exitCode);
        Assert.Matches(@"articles written\s+1", output);
        Assert.Matches(@"failed\s+2", output);
        Assert.Contains("empty.txt: empty file", error, StringComparison.Ordinal);
        Assert.Contains("boom.txt: InvalidOperationException: extractor exploded", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(report);
        Assert.Equal("origin\tstage\treason", lines[0]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Json_lines_report_has_one_object_per_failure()
    {
        var report = _folder.Sub("failures.jsonl");

        await RunAsync(report);

        var failures = File.ReadAllLines(report).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("reason").GetString())));
        Assert.Contains(failures, f => f.GetProperty("stage").GetString() == "read");
    }
}
