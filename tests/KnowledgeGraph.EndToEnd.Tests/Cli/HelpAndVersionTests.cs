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
    public void Every_command_has_examples_in_its_help()
    {
        var commands = KnowledgeGraph.Cli.KgApp.BuildRoot().Subcommands;

        Assert.True(commands.Count >= 12, $"only {commands.Count} commands");
        Assert.All(commands, c => Assert.Contains("Examples:\n  kg " + c.Name, c.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_help_prints_the_examples()
    {
        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "extract", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("kg extract article.txt -o article.trig", result.Output, StringComparison.Ordinal);
        Assert.Contains("union", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var result = await KgRunner.RunAsync(RepositoryPaths.Root, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
