using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;

namespace KnowledgeGraph.Store.Tests;

public sealed class StoreOperationsTests
{
    [Fact]
    public void Statistics_count_quads_graphs_and_terms()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(4, 3));
        var p = Iri.Unchecked("http://example.org/p");
        store.Add([new Quad(p, p, Literal.Create("x")), new Quad(p, p, Literal.Create("y"))]);
        var stats = store.GetStatistics();
        Assert.Equal(14, stats.Quads);
        Assert.Equal(2, stats.DefaultGraphTriples);
        Assert.Equal(4, stats.NamedGraphs);

        // 4 graph IRIs, 2 predicates, 2 member literals per graph (8), 1 count literal; p, "x", "y".
        Assert.Equal(4 + 2 + 8 + 1 + 3, stats.DistinctTerms);
        Assert.True(stats.SizeOnDiskBytes > 0);
    }

    [Fact]
    public void Estimates_are_exact_for_single_predicates_and_graphs()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(30, 40));
        Assert.Equal(30 * 39, store.EstimateCount(null, GraphBatches.MemberPredicate, null, null));
        Assert.Equal(40, store.EstimateCount(null, null, null, GraphBatches.Graph(3)));
        Assert.Equal(0, store.EstimateCount(null, null, null, DefaultGraph.Instance));
        Assert.Equal(1200, store.EstimateCount(null, null, null, null));
        Assert.Equal(1, store.EstimateCount(GraphBatches.Graph(2), GraphBatches.CountPredicate, null, null));
    }

    [Fact]
    public void A_backup_taken_during_writes_is_a_consistent_store()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(20, 20));
        var writer = Task.Run(() =>
        {
            for (int i = 20; i < 60; i++)
            {
                store.Add(GraphBatches.Quads(i + 1, 20).Skip(i * 20));
            }
        });
        store.Backup(dir.Sub("backup"));
        writer.Wait();
        using var backup = QuadStore.Open(dir.Sub("backup"));
        int graphs = GraphBatches.CheckInvariants(backup);
        Assert.InRange(graphs, 20, 60);
        Assert.Equal(graphs * 20L, backup.Count);
        Assert.Throws<StorageException>(() => store.Backup(dir.Sub("backup")));
    }

    [Fact]
    public void Compaction_keeps_the_content()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(10, 10));
        store.Apply(new ChangeSet { ClearedGraphs = { GraphBatches.Graph(0), GraphBatches.Graph(5) } });
        store.Compact();
        Assert.Equal(8, GraphBatches.CheckInvariants(store));
        Assert.Equal(80, store.Count);
    }

    [Fact]
    public void Long_and_short_terms_round_trip_through_a_reopen()
    {
        using var dir = new TempDirectory();
        Term[] objects =
        [
            Literal.Create(""), Literal.Create("sixteen bytes..."), Literal.Create("seventeen bytes.."), Literal.Integer(long.MinValue),
            Literal.Integer(-1), Literal.Typed("+5", Rdf.Vocabularies.Xsd.Integer), Literal.Typed("99999999999999999999999", Rdf.Vocabularies.Xsd.Integer),
            Literal.LanguageTagged("chat", "fr-CA"), Literal.LanguageTagged("x", "he", "rtl"), new BlankNode("b"), Iri.Unchecked("a:b"),
            new TripleTerm(new Triple(new BlankNode("s"), Iri.Unchecked("http://p"), new TripleTerm(new Triple(Iri.Unchecked("a:s"), Iri.Unchecked("a:p"), Literal.Create("deep"))))),
        ];
        var s = Iri.Unchecked("http://example.org/s");
        var p = Iri.Unchecked("http://example.org/p");
        using (var store = QuadStore.Open(dir.Sub("store")))
        {
            store.Add(objects.Select(o => new Quad(s, p, o)));
        }

        using var reopened = QuadStore.Open(dir.Sub("store"));
        var back = reopened.Match(s, p, null, null).Select(q => q.Obj).ToHashSet();
        Assert.Equal(objects.ToHashSet(), back);
        Assert.All(objects, o => Assert.True(reopened.Contains(new Quad(s, p, o))));
    }

    [Fact]
    public void Closing_the_store_releases_open_snapshots_which_then_refuse_reads()
    {
        using var dir = new TempDirectory();
        var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(2, 3));
        var snapshot = store.Snapshot();
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => snapshot.Match(null, null, null, null).ToList());
        snapshot.Dispose();
        using var reopened = QuadStore.Open(dir.Sub("store"));
        Assert.Equal(6, reopened.Count);
    }

    [Fact]
    public void Reads_leave_RocksDB_performance_counting_off()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(GraphBatches.Quads(20, 10));
        ulong withoutCounting = 0, withCounting = 0;

        // A fresh thread: RocksDB's per-thread level starts at counting.
        var reader = new Thread(() =>
        {
            void Read()
            {
                Assert.Equal(10, store.Match(null, null, null, GraphBatches.Graph(7)).Count());
                Assert.True(store.Contains(store.Match(null, null, null, GraphBatches.Graph(3)).First()));
            }

            withoutCounting = Rocks.PerfCounters.UserKeyComparisonsDuring(Read);
            Rocks.PerfCounters.CountOnThisThread();
            withCounting = Rocks.PerfCounters.UserKeyComparisonsDuring(Read);
        });
        reader.Start();
        reader.Join();

        Assert.Equal(0UL, withoutCounting);
        Assert.True(withCounting > 0, "the same reads with counting on should count key comparisons");
    }
}
