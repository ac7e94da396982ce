namespace KnowledgeGraph.Store.Tests;

public sealed class StoreLocatorTests
{
    [Fact]
    public void An_explicit_directory_wins_and_relative_paths_resolve_against_the_current_directory()
    {
        Assert.Equal(Path.GetFullPath("/work/x/data"), StoreLocator.Resolve("data", "/work/x"));
        Assert.Equal(Path.GetFullPath("/abs/store"), StoreLocator.Resolve("/abs/store", "/work/x"));
    }

    [Fact]
    public void Without_an_explicit_directory_the_environment_or_the_default_is_used()
    {
        string? saved = Environment.GetEnvironmentVariable(StoreLocator.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(StoreLocator.EnvironmentVariable, null);
            Assert.Equal(Path.GetFullPath("/work/x/.kg/store"), StoreLocator.Resolve(null, "/work/x"));
            Environment.SetEnvironmentVariable(StoreLocator.EnvironmentVariable, "/from/env");
            Assert.Equal(Path.GetFullPath("/from/env"), StoreLocator.Resolve(null, "/work/x"));
            Assert.Equal(Path.GetFullPath("/work/x/cli"), StoreLocator.Resolve("cli", "/work/x"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(StoreLocator.EnvironmentVariable, saved);
        }
    }
}
