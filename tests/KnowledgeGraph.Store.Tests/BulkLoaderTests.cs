using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;

namespace KnowledgeGraph.Store.Tests;

public sealed class BulkLoaderTests
{
    [Fact]
    public void Loading_the_same_quads_twice_adds_nothing_the_second_time()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var progress = new List<LoadProgress>();
        var loader = new BulkLoader(store, new BulkLoadOptions { BatchSize = 1000 });
        var first = loader.Load(GraphBatches.Quads(100, 50), "gen", new InlineProgress(progress.Add));
        Assert.Equal(5000, first.QuadsRead);
        Assert.Equal(5000, first.QuadsAdded);
        Assert.Equal(5, first.Batches);
        Assert.True(first.Completed);
        Assert.Equal(5, progress.Count);
        Assert.Equal(5000, progress[^1].QuadsRead);

        var second = loader.Load(GraphBatches.Quads(100, 50));
        Assert.Equal(0, second.QuadsAdded);
        Assert.Equal(5000, second.Duplicates);
        Assert.Equal(5000, store.Count);
    }

    [Fact]
    public void Duplicates_within_the_input_and_across_batches_are_counted_once()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var quads = GraphBatches.Quads(10, 10).ToList();
        var input = quads.Concat(quads).Concat(quads.Take(7)).ToList();
        var report = new BulkLoader(store, new BulkLoadOptions { BatchSize = 33 }).Load(input);
        Assert.Equal(input.Count, report.QuadsRead);
        Assert.Equal(100, report.QuadsAdded);
        Assert.Equal(input.Count - 100, report.Duplicates);
        Assert.Equal(100, store.Count);
        Assert.Equal(10, GraphBatches.CheckInvariants(store));
    }

    [Theory]
    [InlineData(true, 1_000_000)]
    [InlineData(true, 45)]
    [InlineData(false, 1_000_000)]
    [InlineData(false, 45)]
    public void Duplicates_are_counted_once_whether_the_load_remembers_them_or_asks_the_store(bool emptyStore, int remembered)
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var quads = GraphBatches.Quads(20, 10).ToList();
        if (!emptyStore)
        {
            store.Apply(ChangeSet.Insert(quads.Take(30)));
        }

        var input = quads.Concat(quads.AsEnumerable().Reverse()).Concat(quads.Skip(100)).ToList();
        var report = new BulkLoader(store, new BulkLoadOptions { BatchSize = 17, RememberedQuads = remembered }).Load(input);
        Assert.Equal(emptyStore ? 200 : 170, report.QuadsAdded);
        Assert.Equal(200, store.Count);
        Assert.Equal(20, GraphBatches.CheckInvariants(store));
        Assert.Equal(200, store.Match(null, null, null, null).Count());
    }

    [Fact]
    public void A_syntax_error_stops_the_load_keeps_what_was_read_and_reports_the_position()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var report = new BulkLoader(store, new BulkLoadOptions { BatchSize = 100 }).Load(Failing(GraphBatches.Quads(10, 25), 130), "bad.nq");
        Assert.False(report.Completed);
        var error = Assert.Single(report.Errors);
        Assert.Equal("bad.nq:131:7: unexpected token", error.ToString());
        Assert.Equal(130, report.QuadsRead);
        Assert.Equal(130, store.Count);
    }

    [Fact]
    public void A_target_graph_moves_every_quad_into_it()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var target = Iri.Unchecked("http://example.org/target");
        new BulkLoader(store, new BulkLoadOptions { TargetGraph = target }).Load(GraphBatches.Quads(3, 5));
        Assert.Equal([target], store.NamedGraphs().ToList());
        Assert.Equal(15, store.EstimateCount(null, null, null, target));
    }

    private static IEnumerable<Quad> Failing(IEnumerable<Quad> quads, int after)
    {
        int n = 0;
        foreach (var q in quads)
        {
            if (n++ == after)
            {
                throw new RdfSyntaxException("unexpected token", "bad.nq", after + 1, 7);
            }

            yield return q;
        }
    }

    private sealed class InlineProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
