namespace KnowledgeGraph.EndToEnd.Tests;

/// <summary>Locations in the repository and beside it, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding KnowledgeGraph.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared folder beside the repository (test suites and evaluation data).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");
}
