using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>A read view on a RocksDB snapshot (or on a read-only instance): unaffected by writes made after it was taken.</summary>
internal sealed class QuadStoreSnapshot : IQuadSnapshot, IGroupCountSource, ISeekCostSource, IStarSource
{
    private readonly StoreDatabase _db;
    private readonly Snapshot? _snapshot;
    private readonly ReadOptions? _readOptions;
    private readonly HashSet<QuadStoreSnapshot>? _registry;
    private readonly StoreReader _reader;
    private bool _disposed;

    public QuadStoreSnapshot(StoreDatabase db, TermCache terms, HashSet<QuadStoreSnapshot>? registry)
    {
        _db = db;
        _registry = registry;
        // A read-only (secondary) instance never moves on from the state it opened with, so it is its own snapshot
        // (and RocksDB offers none there).
        _snapshot = db.ReadOnly ? null : db.OutsideCommitWindow(db.Db.CreateSnapshot);
        _readOptions = _snapshot is null ? null : new ReadOptions().SetSnapshot(_snapshot);
        _reader = new StoreReader(db, terms, _readOptions, _snapshot is null ? db.ReadIndexOfFixedView() : db.ReadIndexAt(_snapshot.SequenceNumber));
    }

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.Match(subject, predicate, obj, graph, cancellationToken);
    }

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.NamedGraphs(cancellationToken);
    }

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.EstimateCount(subject, predicate, obj, graph);
    }

    public IEnumerable<KeyValuePair<Term, long>> CountByPosition(Term? subject, Term? predicate, Term? obj, Term? graph, int position, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.CountByPosition(subject, predicate, obj, graph, position, cancellationToken);
    }

    public long CountMatches(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.CountMatches(subject, predicate, obj, graph, cancellationToken);
    }

    /// <summary>Whether this view reads the read index (it copies the view's state) rather than RocksDB.</summary>
    internal bool UsesReadIndex => _reader.ReadIndex is not null;

    /// <summary>A RocksDB seek costs about as much as reading six rows of a scan; a lookup in the read index, half a row.</summary>
    public double SeekCostInRows => _reader.SeekCostInRows;

    public IEnumerable<Quad>[] MatchStar(Term subject, IReadOnlyList<Term> predicates, Term? graph, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.MatchStar(subject, predicates, graph, cancellationToken);
    }

    public bool Contains(Quad quad)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _reader.Contains(quad);
    }

    public StoreStatistics Statistics(CancellationToken cancellationToken)
    {
        long quads = _reader.ReadCounter(StoreCounters.TotalKind, default);
        long defaultTriples = _reader.ReadCounter(StoreCounters.GraphKind, EncodedTerm.DefaultGraph);
        long graphs = _reader.NamedGraphs(cancellationToken).LongCount();
        long distinct = _reader.ReadIndex?.TermCount ?? _reader.CountDistinctTerms(cancellationToken);
        long dictionary = 0;
        try
        {
            string? estimate = _db.Db.GetProperty("rocksdb.estimate-num-keys", _db.Id2Term);
            _ = long.TryParse(estimate, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out dictionary);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, _db.Directory, "read");
        }

        long size = new DirectoryInfo(_db.Directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        long readIndex = _reader.ReadIndex is null ? 0 : new FileInfo(ReadIndex.PathIn(_db.Directory)).Length;
        return new StoreStatistics(quads, defaultTriples, graphs, distinct, dictionary, size, readIndex);
    }

    public void Dispose()
    {
        if (_registry is null)
        {
            Release();
            return;
        }

        lock (_registry)
        {
            Release();
            _registry.Remove(this);
        }
    }

    private void Release()
    {
        if (!_disposed)
        {
            _disposed = true;
            _reader.Dispose();
            _snapshot?.Dispose();
            _readOptions?.Dispose();
        }
    }
}
