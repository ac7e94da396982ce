using System.Buffers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Collects one change set into a single RocksDB write batch. It tracks what the batch already inserts, deletes
/// and clears so that existence checks see the batch's own effects, and it counts the changes for the counters.
/// Only the single writer (under the store's write lock) uses it.
/// </summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly StoreDatabase _db;
    private readonly StoreCounters _counters;
    private readonly HashSet<EncodedTerm> _knownTerms;
    private readonly WriteBatch _batch = new();
    private readonly HashSet<EncodedQuad> _inserted = [];
    private readonly HashSet<EncodedQuad> _deleted = [];
    private readonly HashSet<EncodedTerm> _clearedGraphs = [];
    private readonly HashSet<EncodedTerm> _newTerms = [];
    private readonly List<(EncodedTerm Id, byte[] Value)> _newTermValues = [];
    private readonly Dictionary<QuadIndex, Iterator> _clearingIterators = [];
    private readonly Dictionary<EncodedTerm, PreparedGraph> _prepared = [];
    private readonly Dictionary<EncodedTerm, long> _graphDelta = [];
    private readonly Dictionary<EncodedTerm, long> _predicateDelta = [];
    private readonly Action<EncodedTerm, byte[]> _onHashed;
    private readonly ChunkEncoder? _encoder;
    // _loaded: the set this batch adds its quads to (null when there is none or it is full); _lookupLoaded: the
    // set to consult before the database.
    private readonly LoadedQuads? _loaded;
    private readonly LoadedQuads? _lookupLoaded;
    private readonly List<EncodedQuad> _bulkInserted;
    private WriteTransaction? _inFlight;
    private bool _clearedAll;
    private long _totalDelta;
    private long _newTotal;
    private Dictionary<EncodedTerm, long> _newGraphs = [];
    private Dictionary<EncodedTerm, long> _newPredicates = [];

    // inFlight: a transaction of the same writer that is being written right now (bulk loads overlap one batch's
    // write with the next one's preparation): its quads and terms count as present. loaded: what the bulk load
    // this transaction belongs to has inserted, to skip database lookups for existence.
    public WriteTransaction(StoreDatabase db, StoreCounters counters, HashSet<EncodedTerm> knownTerms, WriteTransaction? inFlight = null, LoadedQuads? loaded = null, int expectedQuads = 0, ChunkEncoder? encoder = null)
    {
        _encoder = encoder;
        _inFlight = inFlight;
        _loaded = loaded is { Full: false } ? loaded : null;
        _lookupLoaded = loaded;
        _bulkInserted = new List<EncodedQuad>(_loaded is null ? 0 : expectedQuads);
        _db = db;
        _counters = counters;
        _knownTerms = knownTerms;
        _onHashed = AddTerm;
    }

    public long Added { get; private set; }

    public long Removed { get; private set; }

    public void ClearAll()
    {
        byte[] low = [];
        byte[] high = Enumerable.Repeat((byte)0xFF, 80).ToArray();
        foreach (var index in QuadIndex.All)
        {
            _batch.DeleteRange(low, 0, high, (ulong)high.Length, _db.Family(index));
        }

        _batch.DeleteRange(low, 0, high, (ulong)high.Length, _db.Stats);
        Removed += _counters.Total + _totalDelta;
        _clearedAll = true;
        _inserted.Clear();
        _deleted.Clear();
        _graphDelta.Clear();
        _predicateDelta.Clear();
        _totalDelta = 0;
    }

    public void ClearGraph(Term graph, CancellationToken cancellationToken)
    {
        var g = TermCodec.Encode(graph, null);
        if (_clearedAll || !_clearedGraphs.Add(g))
        {
            return;
        }

        // Delete what the database holds in the graph, then what this batch inserted into it.
        var index = g.Type == TermType.DefaultGraph ? QuadIndex.Dspo : QuadIndex.Gspo;
        var prefix = g.Type == TermType.DefaultGraph ? Array.Empty<byte>() : index.Prefix(new EncodedQuad(default, default, default, g), 8);
        var existing = new List<EncodedQuad>();

        // One iterator per index for the whole transaction: the store does not change until it commits, and
        // making an iterator costs more than a seek when an ingest clears hundreds of graphs.
        var it = ClearingIterator(index);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.GetKeySpan();
            if (!key.StartsWith(prefix))
            {
                break;
            }

            existing.Add(index.Decode(key));
            if ((existing.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        RocksErrors.CheckIterator(it, _db.Directory);

        foreach (var q in existing)
        {
            if (!_deleted.Contains(q))
            {
                DeleteKeys(q);
            }
        }

        DropInserted(g);
    }

    private void DropInserted(EncodedTerm g)
    {
        foreach (var q in _inserted.Where(q => q.G == g).ToList())
        {
            _inserted.Remove(q);
            DeleteKeys(q);
        }
    }

    /// <summary>
    /// Replaces a graph with prepared content: clears what the store holds in it (and what this batch inserted or
    /// prepared for it), then adds the prepared quads as they are. Comes after the batch's other changes.
    /// </summary>
    public void ReplaceGraph(PreparedGraph graph, CancellationToken cancellationToken)
    {
        ClearGraph(graph.Graph, cancellationToken);
        var g = graph.EncodedGraph;
        DropInserted(g);
        if (_prepared.Remove(g, out var earlier))
        {
            CountPrepared(earlier, -1);
            Removed += earlier.Count;
        }

        foreach (var (id, value) in graph.Terms)
        {
            AddTerm(id, value);
        }

        _prepared[g] = graph;
        CountPrepared(graph, +1);
        Added += graph.Count;
    }

    private void CountPrepared(PreparedGraph graph, long sign)
    {
        _totalDelta += sign * graph.Count;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_graphDelta, graph.EncodedGraph, out _) += sign * graph.Count;
        foreach (var (p, n) in graph.Predicates)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_predicateDelta, p, out _) += sign * n;
        }
    }

    public bool Delete(Quad quad)
    {
        if (quad.Subject is DefaultGraph || quad.Predicate is DefaultGraph || quad.Obj is DefaultGraph)
        {
            return false;
        }

        var q = new EncodedQuad(TermCodec.Encode(quad.Subject, null), TermCodec.Encode(quad.Predicate, null), TermCodec.Encode(quad.Obj, null), TermCodec.Encode(quad.Graph, null));
        if (!Exists(q))
        {
            return false;
        }

        _inserted.Remove(q);
        DeleteKeys(q);
        return true;
    }

    public bool Insert(Quad quad)
    {
        if (quad.Subject is DefaultGraph || quad.Predicate is DefaultGraph || quad.Obj is DefaultGraph)
        {
            throw new ArgumentException($"The default-graph marker can only be a quad's graph: {quad}", nameof(quad));
        }

        var q = _encoder is null
            ? new EncodedQuad(TermCodec.Encode(quad.Subject, _onHashed), TermCodec.Encode(quad.Predicate, _onHashed), TermCodec.Encode(quad.Obj, _onHashed), TermCodec.Encode(quad.Graph, _onHashed))
            : new EncodedQuad(_encoder.Encode(quad.Subject, _onHashed), _encoder.Encode(quad.Predicate, _onHashed), _encoder.Encode(quad.Obj, _onHashed), _encoder.Encode(quad.Graph, _onHashed));
        return Insert(q);
    }

    public bool Insert(EncodedQuad q) => _loaded is not null ? InsertLoaded(q, LoadedQuads.Fingerprint(q)) : InsertTracked(q);

    /// <summary>Inserts a quad of a bulk load whose fingerprint was computed when it was encoded.</summary>
    public bool Insert(in EncodedQuad q, UInt128 fingerprint) => _loaded is not null ? InsertLoaded(q, fingerprint) : InsertTracked(q);

    // A bulk batch: the load's fingerprints tell duplicates apart, and only a store that held quads before the load
    // is asked; a list is enough to write the new quads.
    private bool InsertLoaded(in EncodedQuad q, UInt128 fingerprint)
    {
        if (!_loaded!.Add(fingerprint) || (_loaded.StoreMayHold && StoreHas(q)))
        {
            return false;
        }

        _bulkInserted.Add(q);
        Count(q, +1);
        Added++;
        return true;
    }

    private bool InsertTracked(EncodedQuad q)
    {
        if (Exists(q))
        {
            return false;
        }

        // Index entries are written at commit, sorted, after every deletion of this batch.
        _deleted.Remove(q);
        _inserted.Add(q);
        Count(q, +1);
        Added++;
        return true;
    }

    /// <summary>Records a hashed term's dictionary entry unless it is known to be stored already.</summary>
    public void AddTerm(EncodedTerm id, byte[] value)
    {
        if (!_knownTerms.Contains(id) && (_inFlight is null || !_inFlight._newTerms.Contains(id)) && _newTerms.Add(id))
        {
            // Written at commit: into the write batch, or for a large batch as a table file like the indexes.
            _newTermValues.Add((id, value));
        }
    }

    /// <summary>Writes the batch and, only once it is durable, updates the in-memory counters.</summary>
    public void Commit()
    {
        PrepareCounters();
        Write();
        Publish();
    }

    /// <summary>Adds the new counter values to the batch; the previous transaction must be published.</summary>
    public void PrepareCounters()
    {
        var graphs = _clearedAll ? new Dictionary<EncodedTerm, long>() : _counters.Graphs;
        var predicates = _clearedAll ? new Dictionary<EncodedTerm, long>() : _counters.Predicates;
        _newTotal = (_clearedAll ? 0 : _counters.Total) + _totalDelta;
        _newGraphs = Apply(graphs, _graphDelta, StoreCounters.GraphKind);
        _newPredicates = Apply(predicates, _predicateDelta, StoreCounters.PredicateKind);
        _batch.Put(StoreCounters.Key(StoreCounters.TotalKind, default), StoreCounters.Value(_newTotal), _db.Stats);
    }

    /// <summary>Adds the index entries and writes the batch atomically; may run on another thread.</summary>
    public void Write()
    {
        using var inserted = SplitInserted();
        var named = inserted.Named;
        var defaults = inserted.Defaults;
        if (named.Length + defaults.Length >= _db.IndexFileThreshold)
        {
            // A large batch: its index entries go in as sorted files (see IndexFileCommit) rather than key by key.
            IndexFileCommit.Commit(_db, _batch, IndexFileCommit.WriteFiles(_db, named, defaults, _newTermValues));
            return;
        }

        foreach (var (id, value) in _newTermValues)
        {
            _batch.Put(id.IdBytes(), value, _db.Id2Term);
        }

        PutSorted(QuadIndex.Named, named);
        PutSorted(QuadIndex.Default, defaults);
        _db.Write(_batch);
    }

    /// <summary>Makes the committed counts and dictionary entries known to later transactions.</summary>
    public void Publish()
    {
        if (_clearedAll)
        {
            _counters.Graphs.Clear();
            _counters.Predicates.Clear();
        }

        Publish(_counters.Graphs, _newGraphs);
        Publish(_counters.Predicates, _newPredicates);
        _counters.Total = _newTotal;
        _inFlight = null;
        foreach (var t in _newTerms)
        {
            if (_knownTerms.Count >= 4_000_000)
            {
                _knownTerms.Clear();
            }

            _knownTerms.Add(t);
        }
    }

    public void Dispose()
    {
        foreach (var it in _clearingIterators.Values)
        {
            it.Dispose();
        }

        _batch.Dispose();
    }

    private Iterator ClearingIterator(QuadIndex index)
    {
        if (!_clearingIterators.TryGetValue(index, out var it))
        {
            it = _db.Db.NewIterator(_db.Family(index));
            _clearingIterators[index] = it;
        }

        return it;
    }

    // The batch's new quads, named-graph ones apart from default-graph ones. A bulk batch of one kind (the usual
    // case) is the list itself; otherwise the quads are copied into pooled arrays, which Dispose returns.
    private InsertedQuads SplitInserted()
    {
        if (_loaded is not null && _prepared.Count == 0)
        {
            var list = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bulkInserted);
            int defaultCount = 0;
            foreach (ref readonly var q in list)
            {
                defaultCount += q.IsDefaultGraph ? 1 : 0;
            }

            if (defaultCount == 0 || defaultCount == list.Length)
            {
                return defaultCount == 0 ? new InsertedQuads(list, [], null, null) : new InsertedQuads([], list, null, null);
            }
        }

        int count = _inserted.Count + _bulkInserted.Count + _prepared.Values.Sum(g => g.Count);
        var named = ArrayPool<EncodedQuad>.Shared.Rent(count);
        var defaults = ArrayPool<EncodedQuad>.Shared.Rent(count);
        int n = 0, d = 0;
        void Add(in EncodedQuad q)
        {
            if (q.IsDefaultGraph)
            {
                defaults[d++] = q;
            }
            else
            {
                named[n++] = q;
            }
        }

        if (_loaded is null)
        {
            foreach (var q in _inserted)
            {
                Add(q);
            }
        }
        else
        {
            foreach (var q in _bulkInserted)
            {
                Add(q);
            }
        }

        foreach (var graph in _prepared.Values)
        {
            // A prepared graph's quads all share its graph: copied whole, not one by one.
            bool isDefault = graph.EncodedGraph.Type == TermType.DefaultGraph;
            ref int filled = ref isDefault ? ref d : ref n;
            graph.Quads.CopyTo((isDefault ? defaults : named).AsSpan(filled));
            filled += graph.Count;
        }

        return new InsertedQuads(named.AsSpan(0, n), defaults.AsSpan(0, d), named, defaults);
    }

    private readonly ref struct InsertedQuads(ReadOnlySpan<EncodedQuad> named, ReadOnlySpan<EncodedQuad> defaults, EncodedQuad[]? rentedNamed, EncodedQuad[]? rentedDefaults)
    {
        public ReadOnlySpan<EncodedQuad> Named { get; } = named;

        public ReadOnlySpan<EncodedQuad> Defaults { get; } = defaults;

        public void Dispose()
        {
            if (rentedNamed is not null)
            {
                ArrayPool<EncodedQuad>.Shared.Return(rentedNamed);
                ArrayPool<EncodedQuad>.Shared.Return(rentedDefaults!);
            }
        }
    }

    // Sorted keys go into the memtables with better locality than random ones.
    private void PutSorted(QuadIndex[] indexes, ReadOnlySpan<EncodedQuad> quads)
    {
        if (quads.Length == 0)
        {
            return;
        }

        using var sorter = new KeySorter(quads);
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        foreach (var index in indexes)
        {
            using var sorted = sorter.Sort(index);
            var family = _db.Family(index);
            for (int n = 0; n < sorted.Count; n++)
            {
                int length = sorted.WriteKey(n, key);
                _batch.Put(key[..length], ReadOnlySpan<byte>.Empty, family);
            }
        }
    }

    private Dictionary<EncodedTerm, long> Apply(Dictionary<EncodedTerm, long> current, Dictionary<EncodedTerm, long> delta, byte kind)
    {
        var updated = new Dictionary<EncodedTerm, long>(delta.Count);
        foreach (var (term, d) in delta)
        {
            if (d == 0)
            {
                continue;
            }

            long value = current.GetValueOrDefault(term) + d;
            updated[term] = value;
            var key = StoreCounters.Key(kind, term);
            if (value > 0)
            {
                _batch.Put(key, StoreCounters.Value(value), _db.Stats);
            }
            else
            {
                _batch.Delete(key, _db.Stats);
            }
        }

        return updated;
    }

    private static void Publish(Dictionary<EncodedTerm, long> target, Dictionary<EncodedTerm, long> updated)
    {
        foreach (var (term, value) in updated)
        {
            if (value > 0)
            {
                target[term] = value;
            }
            else
            {
                target.Remove(term);
            }
        }
    }

    private bool Exists(EncodedQuad q)
    {
        if (_inserted.Contains(q) || (_inFlight is not null && _inFlight._inserted.Contains(q))
            || (_prepared.TryGetValue(q.G, out var prepared) && prepared.Contains(q)))
        {
            return true;
        }

        if (_deleted.Contains(q) || _clearedAll || _clearedGraphs.Contains(q.G))
        {
            return false;
        }

        if (_lookupLoaded is not null)
        {
            if (_lookupLoaded.Contains(q))
            {
                return true;
            }

            if (!_lookupLoaded.StoreMayHold)
            {
                return false;
            }
        }

        return StoreHas(q);
    }

    private bool StoreHas(EncodedQuad q)
    {
        var index = q.IsDefaultGraph ? QuadIndex.Dspo : QuadIndex.Spog;
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        int length = index.WriteKey(q, key);
        try
        {
            return _db.Db.HasKey(key[..length], _db.Family(index));
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, _db.Directory, "read");
        }
    }

    private void DeleteKeys(EncodedQuad q)
    {
        _deleted.Add(q);
        var indexes = q.IsDefaultGraph ? QuadIndex.Default : QuadIndex.Named;
        foreach (var index in indexes)
        {
            _batch.Delete(index.Key(q), _db.Family(index));
        }

        Count(q, -1);
        Removed++;
    }

    private void Count(in EncodedQuad q, long delta)
    {
        _totalDelta += delta;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_graphDelta, q.G, out _) += delta;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_predicateDelta, q.P, out _) += delta;
    }
}
