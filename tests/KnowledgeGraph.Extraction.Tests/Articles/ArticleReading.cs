using KnowledgeGraph.Extraction.Articles;

namespace KnowledgeGraph.Extraction.Tests.Articles;

internal static class ArticleReading
{
    public static async Task<List<ArticleReadResult>> ReadAllAsync(params string[] paths)
    {
        var results = new List<ArticleReadResult>();
        await foreach (var result in ArticleSource.ReadAsync(paths))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<List<ArticleReadResult>> ReadAllAsync(ArticleSourceOptions options, params string[] paths)
    {
        var results = new List<ArticleReadResult>();
        await foreach (var result in ArticleSource.ReadAsync(paths, options))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>The repository root (the folder holding KnowledgeGraph.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
