using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>
/// A persistent <see cref="QuadStore"/> in a temporary directory, empty when handed out, for one conformance test.
/// Opening a RocksDB instance with its column families costs tens of milliseconds, more than most tests take, so
/// disposing a lease empties the store (one atomic clear-all) and returns it to a pool; the pooled stores are
/// closed and their directories deleted when the test process exits.
/// </summary>
internal sealed class TempQuadStore : IQuadStore, IDisposable
{
    private static readonly ConcurrentBag<Entry> Pool = [];
    private static readonly ConcurrentBag<Entry> Opened = [];
    private readonly Entry _entry;
    private bool _disposed;

    static TempQuadStore() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    public TempQuadStore()
    {
        if (!Pool.TryTake(out var entry))
        {
            entry = new Entry();
            Opened.Add(entry);
        }

        _entry = entry;
        if (_entry.Store.Count != 0)
        {
            throw new InvalidOperationException("a pooled store was not empty");
        }
    }

    private QuadStore Store
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _entry.Store;
        }
    }

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default) =>
        Store.Match(subject, predicate, obj, graph, cancellationToken);

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default) => Store.NamedGraphs(cancellationToken);

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph) => Store.EstimateCount(subject, predicate, obj, graph);

    public bool Contains(Quad quad) => Store.Contains(quad);

    public IQuadSnapshot Snapshot() => Store.Snapshot();

    public void Apply(ChangeSet changes, CancellationToken cancellationToken = default) => Store.Apply(changes, cancellationToken);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _entry.Store.Apply(new ChangeSet { ClearAll = true });
        Pool.Add(_entry);
    }

    private static void CloseAll()
    {
        foreach (var entry in Opened)
        {
            entry.Close();
        }
    }

    private sealed class Entry
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-conformance-store", Guid.NewGuid().ToString("N"));

        // Small buffers: each test holds a handful of quads, and RocksDB pre-allocates memtable arenas.
        public Entry() => Store = QuadStore.Open(_directory, new QuadStoreOptions { WriteBufferBytes = 4L << 20, BlockCacheBytes = 1L << 20, BackgroundThreads = 1 });

        public QuadStore Store { get; }

        public void Close()
        {
            Store.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up with the rest of the temp folder.
            }
        }
    }
}
