using System.Diagnostics;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary><c>kg demo</c> from a clone: a fresh store, the seeds ingested, the example questions answered.</summary>
public sealed class DemoEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-demo-");

    private string Store => _folder.Sub("store");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Demo_ingests_the_seeds_and_answers_the_example_questions()
    {
        var clock = Stopwatch.StartNew();

        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "demo", "--store", Store);

        Assert.True(result.ExitCode == 0, result.ToString());
        Console.WriteLine($"kg demo took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("Who said what", result.Output, StringComparison.Ordinal);
        Assert.Contains("Hajiyev", result.Output, StringComparison.Ordinal);
        Assert.Contains("Azerbaijan", result.Output, StringComparison.Ordinal);
        Assert.Contains(Store, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_refuses_to_wipe_a_folder_that_is_not_a_store()
    {
        Directory.CreateDirectory(Store);
        File.WriteAllText(Path.Combine(Store, "precious.txt"), "keep me");

        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "demo", "--store", Store);

        Assert.Equal(4, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(Store, "precious.txt")));
    }
}
