using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store.Tests;

public sealed class FileLoadingTests
{
    [Fact]
    public async Task Turtle_and_TriG_files_load_into_their_graphs_and_a_second_run_adds_nothing()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("a.ttl"), "@prefix ex: <http://example.org/> .\nex:s ex:p [ ex:q \"inner\" ] ; ex:r 42 .\n");
        File.WriteAllText(dir.Sub("b.trig"), "@prefix ex: <http://example.org/> .\nex:g { ex:s ex:p _:x . _:x ex:q \"in g\" }\n");
        using var store = QuadStore.Open(dir.Sub("store"));
        var loader = new BulkLoader(store);
        var first = await loader.LoadFilesAsync([dir.Sub("a.ttl"), dir.Sub("b.trig")]);
        Assert.True(first.Completed);
        Assert.Equal(5, first.QuadsAdded);
        Assert.Equal([Iri.Unchecked("http://example.org/g")], store.NamedGraphs().ToList());

        // Blank nodes are scoped to their file, but the same file gives the same nodes again.
        var second = await loader.LoadFilesAsync([dir.Sub("a.ttl"), dir.Sub("b.trig")]);
        Assert.Equal(0, second.QuadsAdded);
        Assert.Equal(5, store.Count);
        var blanks = store.AllQuads().Select(q => q.Obj).OfType<BlankNode>().Distinct().Count();
        Assert.Equal(2, blanks);
    }

    [Fact]
    public async Task Lenient_loading_skips_bad_lines_and_reports_their_positions()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("data.nt"), "<http://a/s> <http://a/p> \"1\" .\n<http://a/s> <http://a/p> oops .\n<http://a/s> <http://a/p> \"3\" .\n");
        using var store = QuadStore.Open(dir.Sub("store"));
        var report = await new BulkLoader(store, new BulkLoadOptions { Lenient = true }).LoadFilesAsync([dir.Sub("data.nt")]);
        Assert.True(report.Completed);
        Assert.Equal(2, report.QuadsAdded);
        var error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.StartsWith(dir.Sub("data.nt") + ":2:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_unknown_extension_is_reported_not_thrown()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("notes.txt"), "hello");
        using var store = QuadStore.Open(dir.Sub("store"));
        var report = await new BulkLoader(store, new BulkLoadOptions { Lenient = true }).LoadFilesAsync([dir.Sub("missing.nt"), dir.Sub("notes.txt")]);
        Assert.Equal(2, report.Errors.Count);
        Assert.Contains("cannot read", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("unknown RDF format", report.Errors[1].Message, StringComparison.Ordinal);
    }
}
