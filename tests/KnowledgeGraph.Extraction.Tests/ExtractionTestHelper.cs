using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Shared helpers: one extractor for all tests, and the path of the shared evaluation data.</summary>
internal static class ExtractionTestHelper
{
    public static readonly NewsExtractor Extractor = new();

    public static ExtractionResult Extract(string text, string id = "test", DateOnly? date = null) =>
        Extractor.Extract(new Article { Id = id, Text = text, Date = date });

    public static string? SharedEvalDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var eval = Path.Combine(dir.Parent.FullName, "shared", "eval");
        return Directory.Exists(eval) ? eval : null;
    }

    public static Entity EntityOf(ExtractionResult result, string id) => result.Entities.Single(e => e.Id == id);
}
