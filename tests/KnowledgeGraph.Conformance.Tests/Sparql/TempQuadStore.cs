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
/// <remarks>
/// With <c>readIndex</c>, every change is followed by a compaction, which writes the store's read index, and reads go
/// to a snapshot of the compacted state, which reads the read index instead of RocksDB.
/// </remarks>
internal sealed class TempQuadStore : IQuadStore, IDisposable
{
    private static readonly ConcurrentBag<Entry> Pool = [];
    private static readonly ConcurrentBag<Entry> ReadIndexPool = [];
    private static readonly ConcurrentBag<Entry> Opened = [];
    private readonly Entry _entry;
    private readonly bool _readIndex;
    private IQuadSnapshot? _view;
    private bool _disposed;

    static TempQuadStore() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    public TempQuadStore(bool readIndex = false)
    {
        _readIndex = readIndex;
        if (!(readIndex ? ReadIndexPool : Pool).TryTake(out var entry))
        {
            entry = new Entry();
            Opened.Add(entry);
        }

        _entry = entry;
        if (_entry.Store.Count != 0)
        {
            throw new InvalidOperationException("a pooled store was not empty");
        }

        if (readIndex)
        {
            Compacted();
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

    private IQuadSource Reads => _view ?? (IQuadSource)Store;

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default) =>
        Reads.Match(subject, predicate, obj, graph, cancellationToken);

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default) => Reads.NamedGraphs(cancellationToken);

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph) => Reads.EstimateCount(subject, predicate, obj, graph);

    public bool Contains(Quad quad) => Reads.Contains(quad);

    public IQuadSnapshot Snapshot() => Store.Snapshot();

    public void Apply(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        Store.Apply(changes, cancellationToken);
        if (_readIndex)
        {
            Compacted();
        }
    }

    // Compacts (writing the read index) and reads from a snapshot of that state, which reads the read index.
    private void Compacted()
    {
        _view?.Dispose();
        _view = null;
        Store.Compact();
        _view = Store.Snapshot();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view?.Dispose();
        _entry.Store.Apply(new ChangeSet { ClearAll = true });
        (_readIndex ? ReadIndexPool : Pool).Add(_entry);
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
