using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var r = ExtractionTestHelper.Extract(File.ReadAllText("/tmp/t1.txt"));
        foreach (var e in r.Entities)
        {
            output.WriteLine($"{e.Id} {e.Type} {string.Join("|", e.Aliases)}");
        }

        foreach (var q in r.Quotations)
        {
            output.WriteLine($"Q {q.SpeakerId} {q.Cue} {q.Content.Of(r.Article.Text)}");
        }

        Assert.NotNull(r);
    }
}
