using KnowledgeGraph.Store.TestHelper;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>A loader killed with SIGKILL leaves a store that opens and holds whole batches only.</summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Graphs = 600;
    private const int GraphSize = 50;
    private const int GraphsPerBatch = 10;

    // indexFiles: the loader commits each batch's index entries as ingested table files (one index after
    // another, made atomic by a pending-files record that the next writable open completes).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Killing_the_loader_leaves_a_prefix_of_whole_batches_and_rerunning_completes_the_load(bool indexFiles)
    {
        string threshold = indexFiles ? "1" : int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var dir = new TempDirectory();
        string store = dir.Sub("store");
        var random = new Random(7);
        int kills = 0;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            int lastCommitted = 0;
            int killAfter = random.Next(1, 12);
            using (var child = new ChildProcess("load", store, Graphs.ToString(System.Globalization.CultureInfo.InvariantCulture), GraphSize.ToString(System.Globalization.CultureInfo.InvariantCulture), (GraphSize * GraphsPerBatch).ToString(System.Globalization.CultureInfo.InvariantCulture), threshold))
            {
                string? line;
                while ((line = child.ReadLine()) is not null)
                {
                    if (line.StartsWith("committed ", StringComparison.Ordinal))
                    {
                        lastCommitted = int.Parse(line.AsSpan(10), System.Globalization.CultureInfo.InvariantCulture);
                        if (lastCommitted >= killAfter)
                        {
                            // Kill at a random moment inside a later batch.
                            Thread.Sleep(random.Next(0, 40));
                            child.Kill();
                            kills++;
                            break;
                        }
                    }
                }
            }

            using var reopened = QuadStore.Open(store);
            int present = GraphBatches.CheckInvariants(reopened);
            var names = reopened.NamedGraphs().Select(g => g.ToString()).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(0, present % GraphsPerBatch);
            for (int i = 0; i < present; i++)
            {
                Assert.Contains(GraphBatches.Graph(i).ToString(), names);
            }

            Assert.Equal((long)present * GraphSize, reopened.Count);

            // Every batch the loader reported as committed survived the kill.
            Assert.True(present / GraphsPerBatch >= lastCommitted, $"{lastCommitted} batches reported, {present / GraphsPerBatch} present");
            Report($"kill {attempt}{(indexFiles ? " (index files)" : "")}: after batch {lastCommitted} reported, store holds {present / GraphsPerBatch} whole batches");
        }

        // Running the same load again completes it.
        using (var child = new ChildProcess("load", store, Graphs.ToString(System.Globalization.CultureInfo.InvariantCulture), GraphSize.ToString(System.Globalization.CultureInfo.InvariantCulture), (GraphSize * GraphsPerBatch).ToString(System.Globalization.CultureInfo.InvariantCulture), threshold))
        {
            while (child.ReadLine() is { } line && !line.StartsWith("done", StringComparison.Ordinal))
            {
            }

            Assert.Equal(0, child.WaitForExit());
        }

        using var final = QuadStore.Open(store);
        Assert.Equal(Graphs, GraphBatches.CheckInvariants(final));
        Assert.Equal((long)Graphs * GraphSize, final.Count);
        Assert.True(kills >= 3, $"only {kills} kills happened mid-load");
        Report($"crash safety{(indexFiles ? " (index files)" : "")}: {kills} kills, final store complete with {final.Count} quads");
    }

    [Fact]
    public void Killing_a_compaction_leaves_the_store_whole_and_a_whole_read_index_or_none()
    {
        using var dir = new TempDirectory();
        string store = dir.Sub("store");
        using (var loading = QuadStore.Open(store))
        {
            new BulkLoader(loading).Load(GraphBatches.Quads(Graphs, GraphSize), "generated");
        }

        var random = new Random(11);
        int withIndex = 0;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            using (var child = new ChildProcess("compact", store))
            {
                while (child.ReadLine() is { } line && line != "compacting")
                {
                }

                Thread.Sleep(random.Next(0, 400));
                child.Kill();
            }

            // A read-only open uses whatever it finds only when it is whole and current; either way it answers the same.
            using (var reader = QuadStore.Open(store, new QuadStoreOptions { ReadOnly = true }))
            {
                withIndex += reader.UsesReadIndex ? 1 : 0;
                Assert.Equal(Graphs, GraphBatches.CheckInvariants(reader));
                Assert.Equal((long)Graphs * GraphSize, reader.Match(null, null, null, null).LongCount());
            }

            using var reopened = QuadStore.Open(store);
            Assert.False(File.Exists(Path.Combine(store, ReadIndex.FileName + ".tmp")), "a writable open removes an unfinished read index");
            using var snapshot = reopened.Snapshot();
            Assert.Equal(Graphs, GraphBatches.CheckInvariants(snapshot));
            Assert.Equal((long)Graphs * GraphSize, snapshot.Match(null, null, null, null).LongCount());
        }

        using (var child = new ChildProcess("compact", store))
        {
            while (child.ReadLine() is { } line && line != "compacted")
            {
            }

            Assert.Equal(0, child.WaitForExit());
        }

        using var final = QuadStore.Open(store, new QuadStoreOptions { ReadOnly = true });
        Assert.True(final.UsesReadIndex);
        Assert.Equal(Graphs, GraphBatches.CheckInvariants(final));
        Report($"compaction killed 6 times: store whole each time, a whole read index found {withIndex} times; the last compaction's read index in use");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
