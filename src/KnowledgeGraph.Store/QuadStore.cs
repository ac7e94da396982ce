using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// The embedded persistent quad store, on RocksDB. Terms are dictionary-encoded (short ones inline in the keys,
/// long ones as 128-bit hashes); nine index column families (SPOG, POSG, OSPG, GSPO, GPOS, GOSP for named graphs
/// and SPO, POS, OSP for the default graph) make every quad pattern one range scan.
/// </summary>
/// <remarks>
/// <para>One writer at a time: <see cref="Apply"/> calls are serialised in-process, and RocksDB's LOCK file keeps
/// other processes out (<see cref="StoreLockedException"/>: "store at DIR is in use by another process"). Every
/// <see cref="Apply"/> is one atomic write batch. Readers use <see cref="Snapshot"/> for a consistent view while
/// the writer works; a single <see cref="Match"/> on the store itself is consistent on its own.</para>
/// <para>Dictionary entries of terms that no quad uses any more are kept: they cost space but are never wrong,
/// since an id always denotes the same term.</para>
/// <para>Errors: <see cref="StorageException"/> for I/O and format problems, <see cref="StoreCorruptedException"/>
/// for damaged files, <see cref="StoreLockedException"/> when another writer holds the store. A failed write
/// leaves the store as it was.</para>
/// </remarks>
public sealed class QuadStore : IQuadStore, IGroupCountSource, ISeekCostSource, IStarSource, IDisposable
{
    private readonly StoreDatabase _db;
    private readonly TermCache _terms;
    private readonly StoreReader _reader;
    private readonly StoreCounters _counters;
    private readonly HashSet<EncodedTerm> _knownTerms = [];

    // Remembers recent terms' encodings for Apply (used under the write lock): a graph's IRI, its predicates and
    // entities recur in most of its quads, and hashing them again each time was a good part of a write's cost.
    private readonly ChunkEncoder _applyEncoder = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<ChunkEncoder> _preparers = [];
    private readonly Lock _writeLock = new();
    private readonly HashSet<QuadStoreSnapshot> _snapshots = [];
    private bool _disposed;

    private QuadStore(StoreDatabase db)
    {
        _db = db;
        _terms = new TermCache(db);
        db.AttachReadIndex(_terms);
        // A read-only instance is a fixed view: the read index serves it when it copies that view.
        _reader = new StoreReader(db, _terms, null, db.ReadIndexOfFixedView());
        _counters = StoreCounters.Load(db);
    }

    /// <summary>The full path of the store directory.</summary>
    public string Directory => _db.Directory;

    /// <summary>Opened with <see cref="QuadStoreOptions.ReadOnly"/>: a fixed view that takes no lock and refuses writes.</summary>
    public bool IsReadOnly => _db.ReadOnly;

    /// <summary>Number of quads in all graphs (exact, O(1)).</summary>
    public long Count => _counters.Total;

    /// <summary>
    /// Opens the store in <paramref name="directory"/>, creating it when missing (unless
    /// <see cref="QuadStoreOptions.CreateIfMissing"/> is false).
    /// </summary>
    /// <exception cref="StoreLockedException">Another process (or another instance here) has the store open for
    /// writing (read-only opens never are refused for that).</exception>
    /// <exception cref="StoreCorruptedException">The store's files are damaged.</exception>
    /// <exception cref="StorageException">The directory cannot be used, or holds an incompatible format version.</exception>
    public static QuadStore Open(string directory, QuadStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var db = StoreDatabase.Open(directory, options ?? QuadStoreOptions.Default);
        try
        {
            return new QuadStore(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.Match(subject, predicate, obj, graph, cancellationToken);
    }

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.NamedGraphs(cancellationToken);
    }

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph)
    {
        ThrowIfDisposed();
        return _reader.EstimateCount(subject, predicate, obj, graph);
    }

    public IEnumerable<KeyValuePair<Term, long>> CountByPosition(Term? subject, Term? predicate, Term? obj, Term? graph, int position, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.CountByPosition(subject, predicate, obj, graph, position, cancellationToken);
    }

    public long CountMatches(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.CountMatches(subject, predicate, obj, graph, cancellationToken);
    }

    /// <summary>Whether reads go to the read index (a read-only open of a state that has one) rather than RocksDB.</summary>
    internal bool UsesReadIndex => _reader.ReadIndex is not null;

    /// <summary>A RocksDB seek costs about as much as reading six rows of a scan; a lookup in the read index, half a row.</summary>
    public double SeekCostInRows => _reader.SeekCostInRows;

    public IEnumerable<Quad>[] MatchStar(Term subject, IReadOnlyList<Term> predicates, Term? graph, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.MatchStar(subject, predicates, graph, cancellationToken);
    }

    public bool Contains(Quad quad)
    {
        ThrowIfDisposed();
        return _reader.Contains(quad);
    }

    /// <summary>A consistent read view (a RocksDB snapshot); dispose it to release the snapshot.</summary>
    public IQuadSnapshot Snapshot()
    {
        ThrowIfDisposed();
        var snapshot = new QuadStoreSnapshot(_db, _terms, _snapshots);
        lock (_snapshots)
        {
            _snapshots.Add(snapshot);
        }

        return snapshot;
    }

    /// <summary>
    /// Applies the change set as one atomic RocksDB write batch: clear all, clear graphs, delete, insert.
    /// </summary>
    /// <exception cref="StorageException">The write failed; nothing of the change set was applied.</exception>
    public void Apply(ChangeSet changes, CancellationToken cancellationToken = default) => ApplyCounted(changes, cancellationToken);

    /// <summary>Like <see cref="Apply"/>, and returns how many quads were added and removed.</summary>
    public ApplyResult ApplyCounted(ChangeSet changes, CancellationToken cancellationToken = default) => ApplyCounted(changes, [], cancellationToken);

    /// <summary>
    /// Like <see cref="Apply"/>, then replaces each graph of <paramref name="replacements"/> with its prepared
    /// content (a later replacement of the same graph wins), all in one atomic write.
    /// </summary>
    public ApplyResult ApplyCounted(ChangeSet changes, IReadOnlyList<PreparedGraph> replacements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(replacements);
        ThrowIfDisposed();
        ThrowIfReadOnly();
        lock (_writeLock)
        {
            using var tx = new WriteTransaction(_db, _counters, _knownTerms, encoder: _applyEncoder);
            if (changes.ClearAll)
            {
                tx.ClearAll();
            }

            foreach (var g in changes.ClearedGraphs)
            {
                tx.ClearGraph(g, cancellationToken);
            }

            foreach (var q in changes.Deletions)
            {
                tx.Delete(q);
            }

            int n = 0;
            foreach (var q in changes.Insertions)
            {
                if ((++n & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                tx.Insert(q);
            }

            foreach (var replacement in replacements)
            {
                tx.ReplaceGraph(replacement, cancellationToken);
            }

            tx.Commit();
            return new ApplyResult(tx.Added, tx.Removed);
        }
    }

    /// <summary>Counts: quads, named graphs, distinct terms, dictionary entries, bytes on disk.</summary>
    public StoreStatistics GetStatistics(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using var snapshot = new QuadStoreSnapshot(_db, _terms, null);
        return snapshot.Statistics(cancellationToken);
    }

    /// <summary>
    /// Reads every key of every column family, verifying block checksums, and checks that index keys decode.
    /// </summary>
    /// <exception cref="StoreCorruptedException">A file is damaged.</exception>
    public void Verify(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using var readOptions = new ReadOptions().SetVerifyChecksums(true).SetFillCache(false);
        foreach (var name in StoreDatabase.FamilyNames)
        {
            var index = QuadIndex.All.FirstOrDefault(i => i.Name == name);
            using var it = _db.Db.NewIterator(_db.Db.GetColumnFamily(name), readOptions);
            long n = 0;
            for (it.SeekToFirst(); it.Valid(); it.Next())
            {
                if ((++n & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (index is not null && it.GetKeySpan().Length != index.KeySize)
                {
                    throw new StoreCorruptedException($"store at {Directory} is corrupted: a key of index {name} has a bad length");
                }
            }

            RocksErrors.CheckIterator(it, Directory);
        }
    }

    /// <summary>
    /// Compacts every column family (reclaims space after deletions, speeds up reads), then writes the read index:
    /// a memory-mapped copy of the indexes that snapshots and read-only opens of this state read instead of RocksDB,
    /// until the next write.
    /// </summary>
    public void Compact(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        ThrowIfReadOnly();
        lock (_writeLock)
        {
            foreach (var name in StoreDatabase.FamilyNames)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    _db.Db.CompactRange((byte[]?)null, null, _db.Db.GetColumnFamily(name));
                }
                catch (RocksDbException e)
                {
                    throw RocksErrors.Translate(e, Directory, "compact");
                }
            }

            _db.WriteReadIndex(_terms, cancellationToken);
        }
    }

    /// <summary>
    /// Writes a consistent copy of the live store to <paramref name="targetDirectory"/> (a RocksDB checkpoint:
    /// hard links where possible). The target must not exist. Writers may keep working meanwhile.
    /// </summary>
    /// <exception cref="StorageException">The target exists or the copy failed.</exception>
    public void Backup(string targetDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetDirectory);
        ThrowIfDisposed();
        string full = Path.GetFullPath(targetDirectory);
        if (System.IO.Directory.Exists(full) || File.Exists(full))
        {
            throw new StorageException($"backup target {full} already exists");
        }

        try
        {
            _db.OutsideCommitWindow(() =>
            {
                using var checkpoint = _db.Db.Checkpoint();
                checkpoint.Save(full, 0);
                return true;
            });
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, $"backup to {full}");
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;

            // RocksDB must not close with snapshots still held; later Dispose calls on them do nothing.
            QuadStoreSnapshot[] open;
            lock (_snapshots)
            {
                open = [.. _snapshots];
            }

            foreach (var snapshot in open)
            {
                snapshot.Dispose();
            }

            _reader.Dispose();
            _db.Dispose();
        }
    }

    /// <summary>
    /// Encodes a graph's content (each quad put into <paramref name="graph"/>) for a later
    /// <see cref="ApplyCounted(ChangeSet, IReadOnlyList{PreparedGraph}, CancellationToken)"/> that replaces the graph
    /// with it. Thread-safe and independent of the store's state, so that many threads can do the work a write would
    /// otherwise do alone on the writing thread.
    /// </summary>
    /// <exception cref="ArgumentException">A quad uses the default-graph marker as subject, predicate or object.</exception>
    public PreparedGraph PrepareGraph(Term graph, IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(quads);
        if (!_preparers.TryTake(out var encoder))
        {
            encoder = new ChunkEncoder();
        }

        try
        {
            // Sized from the quad count when it is known: grown from empty, the sets allocate about twice their size.
            int count = quads.TryGetNonEnumeratedCount(out int known) ? known : 0;
            var terms = new List<(EncodedTerm, byte[])>(count / 2);
            var listed = new HashSet<EncodedTerm>(count);
            // One delegate for the graph: converting a local function at each call allocates one per term.
            Action<EncodedTerm, byte[]> list = (id, value) =>
            {
                if (listed.Add(id))
                {
                    terms.Add((id, value));
                }
            };

            var g = encoder.Encode(graph, list);
            var set = new HashSet<EncodedQuad>(count);
            var predicates = new Dictionary<EncodedTerm, long>();
            foreach (var quad in quads)
            {
                if (quad.Subject is DefaultGraph || quad.Predicate is DefaultGraph || quad.Obj is DefaultGraph)
                {
                    throw new ArgumentException($"The default-graph marker can only be a quad's graph: {quad}", nameof(quads));
                }

                var q = new EncodedQuad(encoder.Encode(quad.Subject, list), encoder.Encode(quad.Predicate, list), encoder.Encode(quad.Obj, list), g);
                if (set.Add(q))
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(predicates, q.P, out _)++;
                }
            }

            var distinct = new EncodedQuad[set.Count];
            set.CopyTo(distinct);
            return new PreparedGraph(graph, g, distinct, terms, predicates);
        }
        finally
        {
            _preparers.Add(encoder);
        }
    }

    internal WriteTransaction BeginTransaction(WriteTransaction? inFlight = null, LoadedQuads? loaded = null, int expectedQuads = 0) =>
        new(_db, _counters, _knownTerms, inFlight, loaded, expectedQuads);

    internal Lock WriteLock => _writeLock;

    internal StoreDatabase Database => _db;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    internal void ThrowIfReadOnly()
    {
        if (_db.ReadOnly)
        {
            throw new StorageException($"store at {Directory} is open read-only");
        }
    }
}
