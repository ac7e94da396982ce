using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// The read index that compaction writes answers exactly as the in-memory dataset does, serves only views of the
/// state it copies, and is dropped, never trusted, when a write follows or its file is damaged.
/// </summary>
public sealed class ReadIndexTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Views_of_a_compacted_store_read_the_read_index_and_agree_with_the_in_memory_dataset(int seed)
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        var random = new RandomQuads(seed);
        var reference = new InMemoryDataset();
        int patterns = 0;
        using (var store = QuadStore.Open(path))
        {
            for (int round = 0; round < 8; round++)
            {
                var changes = DifferentialTests.NextChange(random, reference, round);
                reference.Apply(changes);
                store.Apply(changes);
                store.Compact();
                using var snapshot = store.Snapshot();
                Assert.True(((QuadStoreSnapshot)snapshot).UsesReadIndex, "a snapshot of the compacted state reads the read index");
                patterns += DifferentialTests.Compare(snapshot, reference, random, 40);
                patterns += CompareCounts(snapshot, reference, random, 20);
            }
        }

        // A read-only open of the same state reads it too, and so do its snapshots.
        using (var reader = QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true }))
        {
            Assert.True(reader.UsesReadIndex);
            patterns += DifferentialTests.Compare(reader, reference, random, 40);
            using var snapshot = reader.Snapshot();
            Assert.True(((QuadStoreSnapshot)snapshot).UsesReadIndex);
            patterns += DifferentialTests.Compare(snapshot, reference, random, 40);
            var stats = reader.GetStatistics();
            Assert.True(stats.ReadIndexBytes > 0);
            Assert.Equal(reference.AllQuads().SelectMany(q => new[] { q.Subject, q.Predicate, q.Obj, q.Graph }).Where(t => t is not DefaultGraph).Distinct().Count(), stats.DistinctTerms);
        }

        output.WriteLine($"read index seed {seed}: {patterns} patterns agreed, {reference.Count} quads");
    }

    [Fact]
    public void A_write_after_compaction_retires_the_read_index_and_earlier_snapshots_keep_their_view()
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        var random = new RandomQuads(21);
        var first = random.Quads(300);
        var added = random.Quad();
        using var store = QuadStore.Open(path);
        store.Apply(ChangeSet.Insert(first));
        store.Compact();
        Assert.True(File.Exists(Path.Combine(path, ReadIndex.FileName)));
        using var before = store.Snapshot();
        Assert.True(((QuadStoreSnapshot)before).UsesReadIndex);

        store.Apply(ChangeSet.Insert([added]));
        Assert.False(File.Exists(Path.Combine(path, ReadIndex.FileName)), "the first write deletes the read index");
        using var after = store.Snapshot();
        Assert.False(((QuadStoreSnapshot)after).UsesReadIndex);
        Assert.True(after.Contains(added));
        Assert.Equal(store.Count, after.Match(null, null, null, null).LongCount());
        Assert.Equal(0, store.GetStatistics().ReadIndexBytes);

        // The snapshot taken before the write still reads the state it was taken of.
        Assert.Equal(new InMemoryDataset(first).Count, before.Match(null, null, null, null).LongCount());
        Assert.Equal(new InMemoryDataset(first).Contains(added), before.Contains(added));
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("truncated")]
    [InlineData("stale")]
    public void A_damaged_or_stale_read_index_is_ignored_and_a_writable_open_deletes_it(string damage)
    {
        using var dir = new TempDirectory();
        string path = dir.Sub("store");
        var random = new RandomQuads(31);
        var quads = random.Quads(400);
        var reference = new InMemoryDataset(quads);
        using (var store = QuadStore.Open(path))
        {
            store.Apply(ChangeSet.Insert(quads));
            store.Compact();
        }

        string file = Path.Combine(path, ReadIndex.FileName);
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "flipped byte":
                bytes[bytes.Length / 2] ^= 0x40;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length - 5)]);
                break;
            default:
                // The file of an earlier state, put back after a write (as a restore of old files would).
                using (var store = QuadStore.Open(path))
                {
                    var extra = new Quad(Iri.Unchecked("http://example.org/extra"), Iri.Unchecked("http://example.org/p/extra"), Literal.Create("added later"));
                    store.Apply(ChangeSet.Insert([extra]));
                    reference.Add(extra);
                }

                File.WriteAllBytes(file, bytes);
                break;
        }

        using (var reader = QuadStore.Open(path, new QuadStoreOptions { ReadOnly = true }))
        {
            Assert.False(reader.UsesReadIndex);
            DifferentialTests.Compare(reader, reference, random, 30);
        }

        File.WriteAllText(file + ".tmp", "the remains of an interrupted write");
        using (var store = QuadStore.Open(path))
        {
            Assert.False(File.Exists(file), "a writable open deletes a read index it cannot use");
            Assert.False(File.Exists(file + ".tmp"));
            using var snapshot = store.Snapshot();
            Assert.False(((QuadStoreSnapshot)snapshot).UsesReadIndex);
            DifferentialTests.Compare(snapshot, reference, random, 30);
        }
    }

    [Fact]
    public void An_empty_store_compacts_to_an_empty_read_index()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Compact();
        using var snapshot = store.Snapshot();
        Assert.True(((QuadStoreSnapshot)snapshot).UsesReadIndex);
        Assert.Empty(snapshot.Match(null, null, null, null));
        Assert.Empty(snapshot.Match(Iri.Unchecked("http://example.org/s"), null, null, DefaultGraph.Instance));
        Assert.Equal(0, snapshot.EstimateCount(null, null, null, null));
    }

    // Counts from the read index are exact: the planner's estimates and the counting of COUNT queries.
    private static int CompareCounts(IQuadSnapshot snapshot, InMemoryDataset reference, RandomQuads random, int count)
    {
        var all = reference.AllQuads().ToList();
        var counter = (IGroupCountSource)snapshot;
        for (int i = 0; i < count; i++)
        {
            var (s, p, o, g) = random.Pattern(all);
            long expected = reference.Match(s, p, o, g).LongCount();
            Assert.Equal(expected, snapshot.EstimateCount(s, p, o, g));
            Assert.Equal(expected, counter.CountMatches(s, p, o, g));
        }

        return count;
    }
}
