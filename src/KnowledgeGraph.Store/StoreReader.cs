using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Reads quads through one set of read options: the live store (null options, each scan is consistent on its own)
/// or a RocksDB snapshot. Every pattern is one prefix scan per graph kind on the index that starts with its bound
/// positions.
/// </summary>
internal sealed class StoreReader(StoreDatabase db, TermCache terms, ReadOptions? readOptions) : IDisposable
{
    // Counting keys costs well under a microsecond each, and the engine estimates each pattern once per query plan:
    // exact counts up to this many keep join orders as good as over the in-memory dataset.
    private const int EstimateScanLimit = 20_000;

    /// <summary>What one seek costs in rows of a scan, measured on the benchmark graph (about 2 µs against 0.35 µs).</summary>
    public const double SeekCostInRows = 6;

    // A fixed view (a snapshot, or a read-only instance) can reuse its iterators across scans: creating one costs
    // more than a short scan. The live store needs a fresh one per scan to see the latest writes.
    private readonly ConcurrentBag<Iterator>?[] _idle = new ConcurrentBag<Iterator>?[QuadIndex.All.Length];
    private readonly bool _reuse = readOptions is not null || db.ReadOnly;
    private volatile bool _disposed;

    public void Dispose()
    {
        _disposed = true;
        foreach (var bag in _idle)
        {
            while (bag is not null && bag.TryTake(out var it))
            {
                it.Dispose();
            }
        }
    }

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken)
    {
        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return [];
        }

        return MatchEncoded(pattern, bound, new Quad(subject ?? Unbound, predicate ?? Unbound, obj ?? Unbound, graph ?? Unbound), cancellationToken);
    }

    // Marks an unbound position of the pattern handed to Scan (never a real quad's term).
    private static readonly Term Unbound = new BlankNode("kg-store-unbound");

    private IEnumerable<Quad> MatchEncoded(EncodedQuad pattern, int bound, Quad given, CancellationToken cancellationToken)
    {
        var graph = given.Graph;
        if ((bound & 7) == 7 && !ReferenceEquals(graph, Unbound))
        {
            // Every position bound: one point lookup (Bloom filters skip most files) instead of a scan.
            if (HasKey(pattern))
            {
                yield return given;
            }

            yield break;
        }

        if (ReferenceEquals(graph, Unbound) || graph is DefaultGraph)
        {
            foreach (var q in Scan(QuadIndex.Choose(bound, true), pattern, bound, given, cancellationToken))
            {
                yield return q;
            }
        }

        if (graph is not DefaultGraph)
        {
            foreach (var q in Scan(QuadIndex.Choose(bound, false), pattern, bound, given, cancellationToken))
            {
                yield return q;
            }
        }
    }

    /// <summary>Counts a pattern's matches from the index keys, decoding no term.</summary>
    public long CountMatches(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken)
    {
        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return 0;
        }

        if ((bound & 7) == 7 && graph is not null)
        {
            return HasKey(pattern) ? 1 : 0;
        }

        long n = 0;
        foreach (var _ in MatchKeys(pattern, bound, graph))
        {
            if ((++n & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return n;
    }

    /// <summary>Counts the pattern's matches by the term at one position, comparing encodings; each distinct term is decoded once.</summary>
    public IEnumerable<KeyValuePair<Term, long>> CountByPosition(Term? subject, Term? predicate, Term? obj, Term? graph, int position, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, 2);
        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            yield break;
        }

        if ((bound & 7) == 7 && graph is not null)
        {
            // Every position bound: no scan, at most the one quad.
            if (HasKey(pattern))
            {
                yield return new(position switch { 0 => subject!, 1 => predicate!, _ => obj! }, 1);
            }

            yield break;
        }

        var counts = new Dictionary<EncodedTerm, long>();
        var order = new List<EncodedTerm>();
        var run = default(EncodedTerm);
        long runLength = 0;
        int n = 0;
        // Keys are sorted, so the group key often repeats from one key to the next: count runs, and touch the
        // dictionary once a run.
        foreach (var q in MatchKeys(pattern, bound, graph))
        {
            if ((++n & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = position switch { 0 => q.S, 1 => q.P, _ => q.O };
            if (runLength > 0 && key.Equals(run))
            {
                runLength++;
                continue;
            }

            Flush(counts, order, run, runLength);
            run = key;
            runLength = 1;
        }

        Flush(counts, order, run, runLength);
        foreach (var key in order)
        {
            yield return new(terms.Decode(key), counts[key]);
        }

        static void Flush(Dictionary<EncodedTerm, long> counts, List<EncodedTerm> order, EncodedTerm key, long length)
        {
            if (length == 0)
            {
                return;
            }

            ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out bool exists);
            if (!exists)
            {
                order.Add(key);
            }

            count += length;
        }
    }

    public bool Contains(Quad quad)
    {
        if (!TryEncodePattern(quad.Subject, quad.Predicate, quad.Obj, quad.Graph, out var encoded, out _))
        {
            return false;
        }

        return HasKey(encoded);
    }

    private bool HasKey(EncodedQuad encoded)
    {
        var index = encoded.IsDefaultGraph ? QuadIndex.Dspo : QuadIndex.Spog;
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        int length = index.WriteKey(encoded, key);
        try
        {
            return db.Db.HasKey(key[..length], db.Family(index), readOptions);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, db.Directory, "read");
        }
    }

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken)
    {
        using var it = db.Db.NewIterator(db.Stats, readOptions);
        byte[] prefix = [StoreCounters.GraphKind];
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = it.Key();
            if (key[0] != StoreCounters.GraphKind)
            {
                break;
            }

            var g = EncodedTerm.ReadFrom(key.AsSpan(1));
            if (g.Type != TermType.DefaultGraph)
            {
                yield return terms.Decode(g);
            }
        }

        RocksErrors.CheckIterator(it, db.Directory);
    }

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph)
    {
        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return 0;
        }

        long total = StoreCounters.Read(db, readOptions, StoreCounters.TotalKind, default);
        if (graph is DefaultGraph && bound is 2 && StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, EncodedTerm.DefaultGraph) == total)
        {
            // No named graphs: the predicate's counter over all graphs is its count in the default graph.
            graph = null;
        }

        switch (bound)
        {
            case 0:
                return graph is DefaultGraph ? StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, EncodedTerm.DefaultGraph) : total;
            case 2 when graph is null:
                return StoreCounters.Read(db, readOptions, StoreCounters.PredicateKind, pattern.P);
            case 8:
                return StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, pattern.G);
        }

        // Count up to a limit; beyond it the counters of the bound predicate or graph bound the answer.
        long counted = 0;
        foreach (var _ in MatchKeys(pattern, bound, graph))
        {
            if (++counted >= EstimateScanLimit)
            {
                long upper = total;
                if ((bound & 2) != 0)
                {
                    upper = Math.Min(upper, StoreCounters.Read(db, readOptions, StoreCounters.PredicateKind, pattern.P));
                }

                if (graph is not null)
                {
                    upper = Math.Min(upper, StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, pattern.G));
                }

                return Math.Max(counted, upper / 4);
            }
        }

        return counted;
    }

    public long ReadCounter(byte kind, EncodedTerm term) => StoreCounters.Read(db, readOptions, kind, term);

    /// <summary>All distinct terms in any position, by skipping from one first-key component to the next.</summary>
    public long CountDistinctTerms(CancellationToken cancellationToken)
    {
        var seen = new HashSet<EncodedTerm>();
        foreach (var index in new[] { QuadIndex.Dspo, QuadIndex.Dpos, QuadIndex.Dosp, QuadIndex.Spog, QuadIndex.Posg, QuadIndex.Ospg, QuadIndex.Gspo })
        {
            using var it = db.Db.NewIterator(db.Family(index), readOptions);
            for (it.SeekToFirst(); it.Valid();)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = it.Key().AsSpan(0, EncodedTerm.Size).ToArray();
                seen.Add(EncodedTerm.ReadFrom(first));
                if (!KeyRange.Increment(first))
                {
                    break;
                }

                it.Seek(first);
            }

            RocksErrors.CheckIterator(it, db.Directory);
        }

        return seen.Count;
    }

    // Bound positions are returned as given (an equal term: same encoding) instead of being decoded again.
    private IEnumerable<Quad> Scan(QuadIndex index, EncodedQuad pattern, int bound, Quad given, CancellationToken cancellationToken)
    {
        int n = 0;
        var s = ReferenceEquals(given.Subject, Unbound) ? null : given.Subject;
        var p = ReferenceEquals(given.Predicate, Unbound) ? null : given.Predicate;
        var o = ReferenceEquals(given.Obj, Unbound) ? null : given.Obj;
        var g = index.IsDefaultGraph ? DefaultGraph.Instance : ReferenceEquals(given.Graph, Unbound) ? null : given.Graph;
        // Keys come sorted, so an unbound position often repeats the previous key's term (the object of a
        // predicate scan, the subject of a subject scan): reuse it rather than looking it up in the cache again.
        var last = default(EncodedQuad);
        Term? lastS = null, lastP = null, lastO = null, lastG = null;
        foreach (var q in ScanKeys(index, pattern, bound))
        {
            if ((++n & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var subject = s ?? (lastS is not null && q.S.Equals(last.S) ? lastS : lastS = terms.Decode(q.S));
            var predicate = p ?? (lastP is not null && q.P.Equals(last.P) ? lastP : lastP = terms.Decode(q.P));
            var obj = o ?? (lastO is not null && q.O.Equals(last.O) ? lastO : lastO = terms.Decode(q.O));
            var graphTerm = g ?? (lastG is not null && q.G.Equals(last.G) ? lastG : lastG = terms.Decode(q.G));
            last = q;
            yield return new Quad(subject, predicate, obj, graphTerm);
        }
    }

    private IEnumerable<EncodedQuad> MatchKeys(EncodedQuad pattern, int bound, Term? graph)
    {
        var keys = Enumerable.Empty<EncodedQuad>();
        if (graph is null || graph is DefaultGraph)
        {
            keys = ScanKeys(QuadIndex.Choose(bound, true), pattern, bound);
        }

        if (graph is not DefaultGraph)
        {
            keys = keys.Concat(ScanKeys(QuadIndex.Choose(bound, false), pattern, bound));
        }

        return keys;
    }

    private IEnumerable<EncodedQuad> ScanKeys(QuadIndex index, EncodedQuad pattern, int bound)
    {
        var prefix = index.Prefix(pattern, bound);
        var it = Rent(index);
        try
        {
            if (prefix.Length == 0)
            {
                it.SeekToFirst();
            }
            else
            {
                it.Seek(prefix);
            }

            while (it.Valid())
            {
                var key = it.GetKeySpan();
                if (!key.StartsWith(prefix))
                {
                    break;
                }

                yield return index.Decode(key);
                it.Next();
            }

            RocksErrors.CheckIterator(it, db.Directory);
        }
        finally
        {
            Return(index, it);
        }
    }

    private Iterator Rent(QuadIndex index)
    {
        int slot = Array.IndexOf(QuadIndex.All, index);
        if (_reuse && _idle[slot] is { } bag && bag.TryTake(out var idle))
        {
            return idle;
        }

        return db.Db.NewIterator(db.Family(index), readOptions);
    }

    private void Return(QuadIndex index, Iterator it)
    {
        if (!_reuse || _disposed)
        {
            it.Dispose();
            return;
        }

        int slot = Array.IndexOf(QuadIndex.All, index);
        var bag = _idle[slot] ?? Interlocked.CompareExchange(ref _idle[slot], new ConcurrentBag<Iterator>(), null) ?? _idle[slot]!;
        bag.Add(it);
        if (_disposed && bag.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    private bool TryEncodePattern(Term? s, Term? p, Term? o, Term? g, out EncodedQuad pattern, out int bound)
    {
        pattern = default;
        bound = 0;
        if (s is DefaultGraph || p is DefaultGraph || o is DefaultGraph)
        {
            return false;
        }

        var es = s is null ? default : terms.Encode(s);
        var ep = p is null ? default : terms.Encode(p);
        var eo = o is null ? default : terms.Encode(o);
        var eg = g is null ? default : g is DefaultGraph ? EncodedTerm.DefaultGraph : terms.Encode(g);
        bound = (s is null ? 0 : 1) | (p is null ? 0 : 2) | (o is null ? 0 : 4) | (g is null || g is DefaultGraph ? 0 : 8);
        pattern = new EncodedQuad(es, ep, eo, eg);
        return true;
    }
}
