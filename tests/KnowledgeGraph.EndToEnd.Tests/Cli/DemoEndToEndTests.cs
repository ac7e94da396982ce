using System.Diagnostics;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary><c>kg demo</c> from a clone: a fresh store, the seeds ingested, the example questions answered.</summary>
public sealed class DemoEndToEndTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "kg-demo-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_ingests_the_seeds_and_answers_the_example_questions()
    {
        var clock = Stopwatch.StartNew();

        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "demo", "--store", _store);

        Assert.True(result.ExitCode == 0, result.ToString());
        Console.WriteLine($"kg demo took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("Who said what", result.Output, StringComparison.Ordinal);
        Assert.Contains("Hajiyev", result.Output, StringComparison.Ordinal);
        Assert.Contains("Azerbaijan", result.Output, StringComparison.Ordinal);
        Assert.Contains(_store, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_refuses_to_wipe_a_folder_that_is_not_a_store()
    {
        Directory.CreateDirectory(_store);
        File.WriteAllText(Path.Combine(_store, "precious.txt"), "keep me");

        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "demo", "--store", _store);

        Assert.Equal(4, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_store, "precious.txt")));
    }
}
