using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Large batches whose index entries are ingested as table files: atomic across indexes, also after a crash.</summary>
public sealed class IndexFileCommitTests(ITestOutputHelper output)
{
    private static readonly QuadStoreOptions FilesAlways = new() { IndexFileThreshold = 1 };

    [Fact]
    public void A_bulk_load_through_index_files_holds_the_same_quads_as_one_through_the_memtables()
    {
        using var dir = new TempDirectory();
        var quads = GraphBatches.Quads(40, 25).Concat(new RandomQuads(11).Quads(3000)).ToList();
        using var viaFiles = QuadStore.Open(dir.Sub("files"), FilesAlways);
        using var viaMemtables = QuadStore.Open(dir.Sub("memtables"), new QuadStoreOptions { IndexFileThreshold = int.MaxValue });
        var filesReport = new BulkLoader(viaFiles, new BulkLoadOptions { BatchSize = 700 }).Load(quads);
        var memtableReport = new BulkLoader(viaMemtables, new BulkLoadOptions { BatchSize = 700 }).Load(quads);

        Assert.Equal(memtableReport.QuadsAdded, filesReport.QuadsAdded);
        Assert.Equal(viaMemtables.Count, viaFiles.Count);
        var expected = Sorted(viaMemtables.AllQuads());
        var actual = Sorted(viaFiles.AllQuads());
        Assert.Equal(string.Join("\n", expected.Except(actual).Take(3)), string.Join("\n", actual.Except(expected).Take(3)));
        Assert.Equal(expected, actual);
        foreach (var q in quads.Take(200))
        {
            Assert.Equal(viaMemtables.Match(q.Subject, null, null, null).Count(), viaFiles.Match(q.Subject, null, null, null).Count());
            Assert.Equal(viaMemtables.Match(null, q.Predicate, q.Obj, null).Count(), viaFiles.Match(null, q.Predicate, q.Obj, null).Count());
            Assert.Equal(viaMemtables.Match(null, null, q.Obj, q.Graph).Count(), viaFiles.Match(null, null, q.Obj, q.Graph).Count());
        }

        // Nothing is left waiting in the staging folder.
        Assert.False(Directory.Exists(Path.Combine(viaFiles.Directory, IndexFileCommit.StagingFolder))
            && Directory.EnumerateFiles(Path.Combine(viaFiles.Directory, IndexFileCommit.StagingFolder)).Any());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_commit_interrupted_between_index_files_is_completed_by_the_next_writable_open(int ingestedBeforeCrash)
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        using (var store = QuadStore.Open(path, FilesAlways))
        {
            store.Add(GraphBatches.Quads(3, 20));
            store.Database.IngestionsBeforeFailureForTesting = ingestedBeforeCrash;
            var error = Assert.Throws<StorageException>(() => store.Add(GraphBatches.Quads(8, 20).Skip(3 * 20)));
            Report($"interrupted after {ingestedBeforeCrash} index files: {error.Message}");
            Assert.Contains("completed when the store is next opened for writing", error.Message, StringComparison.Ordinal);

            // Until it is reopened, the store refuses further writes rather than building on a half-applied batch.
            store.Database.IngestionsBeforeFailureForTesting = -1;
            Assert.Throws<StorageException>(() => store.Add(GraphBatches.Quads(9, 20).Skip(8 * 20)));

            // A read-only view opened now would see part of the batch: it refuses with a clear message instead.
            var readOnly = Assert.Throws<StorageException>(() => QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true }));
            Assert.Contains("opening it for writing", readOnly.Message, StringComparison.Ordinal);
        }

        using var reopened = QuadStore.Open(path, FilesAlways);
        Assert.Equal(8, GraphBatches.CheckInvariants(reopened));
        Assert.Equal(8 * 20, reopened.Count);
        Assert.Equal(8 * 20, reopened.AllQuads().Count());

        // Every index holds the batch: patterns answered by subject-, predicate-, object- and graph-first scans agree.
        Assert.Equal(8 * 19, reopened.Match(null, GraphBatches.MemberPredicate, null, null).Count());
        Assert.Equal(8, reopened.Match(null, GraphBatches.CountPredicate, null, null).Count());
        for (int i = 0; i < 8; i++)
        {
            var g = GraphBatches.Graph(i);
            Assert.Equal(20, reopened.Match(g, null, null, null).Count());
            Assert.Equal(20, reopened.Match(null, null, null, g).Count());
            Assert.Single(reopened.Match(null, null, Literal.Create($"member 3 of graph {i}, long enough to be hashed"), null));
        }

        // And it takes writes again.
        reopened.Add(GraphBatches.Quads(9, 20).Skip(8 * 20));
        Assert.Equal(9, GraphBatches.CheckInvariants(reopened));
    }

    [Fact]
    public void Once_its_writer_is_gone_a_read_only_open_completes_an_interrupted_commit()
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        using (var store = QuadStore.Open(path, FilesAlways))
        {
            store.Add(GraphBatches.Quads(3, 20));
            store.Database.IngestionsBeforeFailureForTesting = 2;
            Assert.Throws<StorageException>(() => store.Add(GraphBatches.Quads(8, 20).Skip(3 * 20)));
        }

        using (var readOnly = QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true }))
        {
            Assert.Equal(8, GraphBatches.CheckInvariants(readOnly));
            Assert.Equal(8 * 20, readOnly.AllQuads().Count());
            Assert.Equal(8 * 19, readOnly.Match(null, GraphBatches.MemberPredicate, null, null).Count());
        }

        using var reopened = QuadStore.Open(path, FilesAlways);
        Assert.Equal(8, GraphBatches.CheckInvariants(reopened));
        reopened.Add(GraphBatches.Quads(9, 20).Skip(8 * 20));
        Assert.Equal(9, GraphBatches.CheckInvariants(reopened));
    }

    [Fact]
    public void A_failure_while_writing_index_files_leaves_the_store_unchanged()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"), FilesAlways);
        store.Add(GraphBatches.Quads(2, 10));
        store.Database.FailWritesForTesting = true;
        Assert.Throws<StorageException>(() => store.Add(GraphBatches.Quads(4, 10).Skip(20)));
        store.Database.FailWritesForTesting = false;
        Assert.Equal(2, GraphBatches.CheckInvariants(store));
        Assert.Equal(20, store.Count);
        store.Add(GraphBatches.Quads(4, 10).Skip(20));
        Assert.Equal(4, GraphBatches.CheckInvariants(store));
    }

    private static List<string> Sorted(IEnumerable<Quad> quads) => quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
