using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Readers working in parallel with a writer see whole change sets only.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    // indexFiles: each change set's index entries are ingested as table files, one index after another.
    // compactions: the writer also compacts now and then, pausing after each, so that some snapshots read the read
    // index it writes and the others RocksDB.
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Snapshots_taken_while_a_writer_replaces_graphs_always_see_complete_graphs(bool indexFiles, bool compactions)
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"), indexFiles ? new QuadStoreOptions { IndexFileThreshold = 1 } : QuadStoreOptions.Default);
        const int graphs = 20;
        store.Add(GraphBatches.Quads(graphs, 30));
        using var stop = new CancellationTokenSource();
        long writes = 0;
        using var firstWrite = new ManualResetEventSlim();

        // A dedicated thread, so that a busy thread pool cannot leave the writer waiting until the readers are done.
        var writer = Task.Factory.StartNew(() =>
        {
            var random = new Random(3);
            while (!stop.IsCancellationRequested)
            {
                // Replace a graph with a new, self-consistent version of a different size, or drop it and re-add it.
                int i = random.Next(graphs);
                int size = random.Next(2, 60);
                var g = GraphBatches.Graph(i);
                var quads = GraphBatches.Quads(i + 1, size).Skip(i * size).ToList();
                if (random.Next(4) == 0)
                {
                    store.Apply(new ChangeSet { ClearedGraphs = { g } });
                }

                store.ReplaceGraph(g, quads);
                Interlocked.Increment(ref writes);
                firstWrite.Set();
                if (compactions && random.Next(8) == 0)
                {
                    store.Compact();
                    Thread.Sleep(20);
                }
            }
        }, TaskCreationOptions.LongRunning);

        // Readers start once the writer is demonstrably under way.
        Assert.True(firstWrite.Wait(TimeSpan.FromSeconds(60)), "the writer never completed a change set");

        long checks = 0;
        long readIndexViews = 0;
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            for (int k = 0; k < 40 || (compactions && Interlocked.Read(ref readIndexViews) < 3 && k < 2000); k++)
            {
                using var snapshot = store.Snapshot();
                if (((QuadStoreSnapshot)snapshot).UsesReadIndex)
                {
                    Interlocked.Increment(ref readIndexViews);
                }

                int first = GraphBatches.CheckInvariants(snapshot);
                var all = snapshot.AllQuads().Count();
                Thread.Sleep(1);

                // The snapshot does not move while the writer goes on.
                Assert.Equal(first, GraphBatches.CheckInvariants(snapshot));
                Assert.Equal(all, snapshot.AllQuads().Count());
                Assert.Equal(all, snapshot.EstimateCount(null, null, null, null));
                Interlocked.Increment(ref checks);
            }
        })).ToArray();

        Task.WaitAll(readers);
        stop.Cancel();
        writer.Wait();
        Assert.True(writes > 0);
        Assert.True(!compactions || readIndexViews > 0, "no snapshot read the read index");
        string line = $"concurrency{(indexFiles ? " (index files)" : "")}{(compactions ? " (compactions)" : "")}: {checks} snapshot checks ({readIndexViews} of them over the read index) while {writes} change sets were applied";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    [Fact]
    public void A_bulk_load_and_apply_calls_from_other_threads_are_serialised()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var loader = Task.Run(() => new BulkLoader(store, new BulkLoadOptions { BatchSize = 500 }).Load(GraphBatches.Quads(100, 25)));
        var applier = Task.Run(() =>
        {
            for (int i = 100; i < 150; i++)
            {
                store.Add(GraphBatches.Quads(i + 1, 25).Skip(i * 25));
            }
        });
        Task.WaitAll(loader, applier);
        Assert.Equal(150, GraphBatches.CheckInvariants(store));
        Assert.Equal(150 * 25, store.Count);
    }
}
