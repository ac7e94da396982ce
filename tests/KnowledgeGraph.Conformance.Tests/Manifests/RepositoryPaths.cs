namespace KnowledgeGraph.Conformance.Tests.Manifests;

/// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) and the shared suites beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared folder (<c>../shared</c> from the repository root).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A path under the shared conformance suites, e.g. <c>rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl</c>.</summary>
    public static string Conformance(string relative) => Path.Combine(Shared, "conformance", relative);
}
