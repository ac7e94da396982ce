using static KnowledgeGraph.Extraction.Tests.Articles.ArticleReading;

namespace KnowledgeGraph.Extraction.Tests.Articles;

public sealed class FolderArticleTests
{
    [Fact]
    public async Task Folders_are_walked_recursively_by_extension_in_name_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B title\n\nB body.");
        folder.Write("sub/a.htm", "<html><head><title>A</title></head><body><p>A body.</p></body></html>");
        folder.Write("sub/deeper/c.jsonl", "{\"id\":\"c\",\"text\":\"C\"}\n");
        folder.Write("notes.md", "# not an article");
        folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x00]);

        var results = await ReadAllAsync(folder.Path);

        Assert.Equal(["b", "a", "c"], results.Select(r => r.Article!.Id));
    }
}
