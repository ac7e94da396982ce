using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Read-only opens take no lock: they work while another process writes, and they refuse writes.</summary>
public sealed class ReadOnlyTests(ITestOutputHelper output)
{
    [Fact]
    public void Readers_open_while_another_process_loads_and_see_whole_batches_only()
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        const int GraphsPerBatch = 10;
        const int Size = 20;
        int reads = 0;
        long lastSeen = 0;
        using (var writer = new ChildProcess("load", path, "400", Size.ToString(CultureInfo.InvariantCulture), (Size * GraphsPerBatch).ToString(CultureInfo.InvariantCulture)))
        {
            while (writer.ReadLine() is { } line && !line.StartsWith("done", StringComparison.Ordinal))
            {
                if (!line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    continue;
                }

                int committed = int.Parse(line.AsSpan(10), CultureInfo.InvariantCulture);
                if (committed % 4 != 1)
                {
                    continue;
                }

                // The writer holds the lock: a writable open is refused, a read-only one is not.
                if (reads == 0)
                {
                    Assert.Throws<StoreLockedException>(() => QuadStore.Open(path));
                }

                using var reader = QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true, CreateIfMissing = false });
                Assert.True(reader.IsReadOnly);
                int graphs = GraphBatches.CheckInvariants(reader);
                Assert.Equal(0, graphs % GraphsPerBatch);
                Assert.True(graphs >= committed * GraphsPerBatch, $"{committed} batches committed, {graphs} graphs seen");
                Assert.Equal((long)graphs * Size, reader.Count);
                using (var snapshot = reader.Snapshot())
                {
                    Assert.Equal(graphs * Size, snapshot.Match(null, null, null, null).Count());
                }

                Assert.Throws<StorageException>(() => reader.Apply(ChangeSet.Insert([new Quad(GraphBatches.Graph(0), GraphBatches.MemberPredicate, Literal.Create("x"))])));
                lastSeen = reader.Count;
                reads++;
            }

            Assert.Equal(0, writer.WaitForExit());
        }

        using (var reader = QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true }))
        {
            Assert.Equal(400, GraphBatches.CheckInvariants(reader));
            Assert.Equal(400 * Size, reader.Count);
            Assert.Equal(400, reader.GetStatistics().NamedGraphs);
        }

        string summary = $"read-only opens during another process's load: {reads}, last saw {lastSeen} quads";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(reads >= 2, summary);
    }

    [Fact]
    public void A_missing_store_is_not_created_by_a_read_only_open()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<StorageException>(() => QuadStore.Open(dir.Sub("none"), new QuadStoreOptions { ReadOnly = true }));
        Assert.Contains("no store at", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Sub("none")));
    }

    [Fact]
    public void A_read_only_store_refuses_bulk_loads()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Sub("store")))
        {
            store.Apply(ChangeSet.Insert(GraphBatches.Quads(2, 5)));
        }

        using var reader = QuadStore.Open(dir.Sub("store"), new QuadStoreOptions { ReadOnly = true });
        Assert.Throws<StorageException>(() => new BulkLoader(reader).Load(GraphBatches.Quads(1, 5)));
        Assert.Equal(10, reader.Count);
    }
}
