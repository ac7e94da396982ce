namespace KnowledgeGraph.EndToEnd.Tests.Cli;

public sealed class HelpAndVersionTests
{
    [Fact]
    public async Task Version_prints_the_package_version()
    {
        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "--version");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output.Trim());
    }

    [Fact]
    public async Task Root_help_documents_the_exit_codes()
    {
        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var code in new[] { "0 success", "2 bad usage", "3 partial success", "130 interrupted" })
        {
            Assert.Contains(code, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
