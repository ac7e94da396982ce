namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Ontology => Path.Combine(Root, "ontology", "knowledgegraph.ttl");

    public static string Shapes => Path.Combine(Root, "ontology", "shapes.ttl");

    public static string Queries => Path.Combine(Root, "ontology", "queries");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string RelationsDev => Path.Combine(Shared, "eval", "relations-dev");

    public static string Golden => Path.Combine(Root, "tests", "KnowledgeGraph.Mapping.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
