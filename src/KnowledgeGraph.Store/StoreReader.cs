using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Reads quads through one set of read options: the live store (null options, each scan is consistent on its own)
/// or a RocksDB snapshot. Every pattern is one prefix scan per graph kind on the index that starts with its bound
/// positions. A view of a state that has a read index (<paramref name="readIndex"/>) reads that instead of RocksDB.
/// </summary>
internal sealed class StoreReader(StoreDatabase db, TermCache terms, ReadOptions? readOptions, ReadIndex? readIndex) : IDisposable
{
    // Counting keys costs well under a microsecond each, and the engine estimates each pattern once per query plan:
    // exact counts up to this many keep join orders as good as over the in-memory dataset.
    private const int EstimateScanLimit = 20_000;

    /// <summary>What one RocksDB seek costs in rows of a scan, measured on the benchmark graph (about 2 µs against 0.35 µs).</summary>
    private const double RocksSeekCostInRows = 6;

    /// <summary>
    /// What a lookup in the read index costs in rows: less than a row, so that the engine joins by lookups rather than
    /// hash tables (q3 of the benchmark took 85 ms this way, 130 ms at one and a half rows).
    /// </summary>
    private const double ReadIndexSeekCostInRows = 0.5;

    /// <summary>The read index this reader reads instead of RocksDB, if any.</summary>
    public ReadIndex? ReadIndex => readIndex;

    public double SeekCostInRows => readIndex is null ? RocksSeekCostInRows : ReadIndexSeekCostInRows;

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
        if (readIndex is not null)
        {
            return MatchInReadIndex(readIndex, subject, predicate, obj, graph, cancellationToken);
        }

        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return [];
        }

        if ((bound & 7) == 7 && graph is not null)
        {
            // Every position bound: one point lookup (Bloom filters skip most files) instead of a scan.
            return PointLookup(pattern, new Quad(subject!, predicate!, obj!, graph));
        }

        // One index for a given graph; both, default first, for any graph (as IndexesOf, without its allocations on
        // this hot path).
        var quads = Scan(QuadIndex.Choose(bound, graph is null or DefaultGraph), pattern, bound, subject, predicate, obj, graph, cancellationToken);
        return graph is not null ? quads : quads.Concat(Scan(QuadIndex.Choose(bound, false), pattern, bound, subject, predicate, obj, graph, cancellationToken));
    }

    private IEnumerable<Quad> PointLookup(EncodedQuad pattern, Quad quad)
    {
        if (HasKey(pattern))
        {
            yield return quad;
        }
    }

    // Keys of the subject to step over between one predicate's keys and the next before seeking instead: a seek costs
    // about as much as reading six keys, and the subjects of news facts have a few dozen keys at most.
    private const int StarStepLimit = 8;

    // Objects of one predicate that a star read holds in memory; beyond them it streams.
    private const int StarReadLimit = 1024;

    /// <summary>
    /// The matches of (subject, predicate, ?, graph) for each predicate, from one pass over the subject's keys in the
    /// subject-first index of the graph: the predicates are read in key order, each reached by stepping on from the
    /// previous one's keys when it is near, else by a seek.
    /// </summary>
    public IEnumerable<Quad>[] MatchStar(Term subject, IReadOnlyList<Term> predicates, Term? graph, CancellationToken cancellationToken)
    {
        var result = new IEnumerable<Quad>[predicates.Count];
        if (graph is null || subject is DefaultGraph || HasDefaultGraph(predicates) || readIndex is not null)
        {
            // Every graph: two indexes (default and named) to merge; no gain over one match per predicate. In the read
            // index each match is two binary searches, with nothing to gain from one pass either.
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Match(subject, predicates[i], null, graph, cancellationToken);
            }

            return result;
        }

        bool isDefault = graph is DefaultGraph;
        var index = isDefault ? QuadIndex.Dspo : QuadIndex.Gspo;
        var encodedSubject = terms.Encode(subject);
        var encodedGraph = isDefault ? EncodedTerm.DefaultGraph : terms.Encode(graph);
        int graphBit = isDefault ? 0 : 8;
        var prefixes = new byte[predicates.Count][];
        for (int i = 0; i < prefixes.Length; i++)
        {
            prefixes[i] = index.Prefix(new EncodedQuad(encodedSubject, terms.Encode(predicates[i]), default, encodedGraph), 1 | 2 | graphBit);
        }

        var order = KeyOrder(prefixes);
        var graphTerm = isDefault ? DefaultGraph.Instance : graph;
        var it = Rent(index);
        try
        {
            bool positioned = false;
            for (int k = 0; k < order.Length; k++)
            {
                int i = order[k];
                cancellationToken.ThrowIfCancellationRequested();
                var target = prefixes[i];
                if (k > 0 && target.AsSpan().SequenceEqual(prefixes[order[k - 1]]))
                {
                    result[i] = result[order[k - 1]];
                    continue;
                }

                if (!positioned || !StepTo(it, target))
                {
                    it.Seek(target);
                    positioned = true;
                }

                var matches = new List<Quad>();
                while (it.Valid())
                {
                    var key = it.GetKeySpan();
                    if (!key.StartsWith(target))
                    {
                        break;
                    }

                    if (matches.Count == StarReadLimit)
                    {
                        // A predicate with this many objects (a hub): it and the rest are read as they are enumerated,
                        // as separate matches are, so that LIMIT, timeouts and memory behave as without the star.
                        for (int rest = k; rest < order.Length; rest++)
                        {
                            result[order[rest]] = Match(subject, predicates[order[rest]], null, graph, cancellationToken);
                        }

                        return result;
                    }

                    matches.Add(new Quad(subject, predicates[i], terms.Decode(EncodedTerm.ReadFrom(key[index.Offsets[2]..])), graphTerm));
                    it.Next();
                }

                result[i] = matches;
            }

            RocksErrors.CheckIterator(it, db.Directory);
        }
        finally
        {
            Return(index, it);
        }

        return result;
    }

    // Moves a positioned iterator forward to the first key at or after the target by stepping, as long as that takes
    // at most StarStepLimit steps. The iterator sits at the first key after an earlier target of the same subject, so
    // every key before the target that it passes is one of the subject's.
    private static bool StepTo(Iterator it, byte[] target)
    {
        for (int steps = 0; it.Valid(); steps++)
        {
            if (it.GetKeySpan().SequenceCompareTo(target) >= 0)
            {
                return true;
            }

            if (steps == StarStepLimit)
            {
                return false;
            }

            it.Next();
        }

        // At the end of the index (or on an error, which the caller's check reports): nothing at or after the target.
        return true;
    }

    // The positions of the keys in ascending order: an insertion sort, as a star has a handful of predicates.
    private static int[] KeyOrder(byte[][] keys)
    {
        var order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            int j = i;
            while (j > 0 && keys[order[j - 1]].AsSpan().SequenceCompareTo(keys[i]) > 0)
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }

        return order;
    }

    private static bool HasDefaultGraph(IReadOnlyList<Term> terms)
    {
        for (int i = 0; i < terms.Count; i++)
        {
            if (terms[i] is DefaultGraph)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts a pattern's matches from the index keys, decoding no term.</summary>
    public long CountMatches(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken)
    {
        if (readIndex is not null)
        {
            return CountInReadIndex(readIndex, subject, predicate, obj, graph);
        }

        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return 0;
        }

        if ((bound & 7) == 7 && graph is not null)
        {
            return HasKey(pattern) ? 1 : 0;
        }

        long n = 0;
        foreach (var index in IndexesOf(bound, graph))
        {
            n += CountKeys(index, pattern, bound, long.MaxValue - n, cancellationToken);
        }

        return n;
    }

    /// <summary>Counts the pattern's matches by the term at one position, comparing encodings; each distinct term is decoded once.</summary>
    public IEnumerable<KeyValuePair<Term, long>> CountByPosition(Term? subject, Term? predicate, Term? obj, Term? graph, int position, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, 2);
        if (readIndex is not null)
        {
            foreach (var count in CountByPositionInReadIndex(readIndex, subject, predicate, obj, graph, position, cancellationToken))
            {
                yield return count;
            }

            yield break;
        }

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
        foreach (var index in IndexesOf(bound, graph))
        {
            CountRuns(index, pattern, bound, position, counts, order, cancellationToken);
        }

        foreach (var key in order)
        {
            yield return new(terms.Decode(key), counts[key]);
        }
    }

    public bool Contains(Quad quad)
    {
        if (readIndex is not null)
        {
            return CountInReadIndex(readIndex, quad.Subject, quad.Predicate, quad.Obj, quad.Graph) > 0;
        }

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
        if (readIndex is not null)
        {
            // Exact, and as cheap as the counters.
            return CountInReadIndex(readIndex, subject, predicate, obj, graph);
        }

        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return 0;
        }

        // Each counter read is a lookup in the store: read only those the answer needs.
        long Total() => StoreCounters.Read(db, readOptions, StoreCounters.TotalKind, default);
        long DefaultGraphCount() => StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, EncodedTerm.DefaultGraph);
        switch (bound)
        {
            case 0:
                return graph is DefaultGraph ? DefaultGraphCount() : Total();
            // Without named graphs, the predicate's counter over all graphs is its count in the default graph.
            case 2 when graph is null || (graph is DefaultGraph && DefaultGraphCount() == Total()):
                return StoreCounters.Read(db, readOptions, StoreCounters.PredicateKind, pattern.P);
            case 8:
                return StoreCounters.Read(db, readOptions, StoreCounters.GraphKind, pattern.G);
        }

        // Count up to a limit; beyond it the counters of the bound predicate or graph bound the answer.
        long counted = 0;
        foreach (var index in IndexesOf(bound, graph))
        {
            counted += CountKeys(index, pattern, bound, EstimateScanLimit - counted, CancellationToken.None);
            if (counted >= EstimateScanLimit)
            {
                long upper = Total();
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

    // One index's keys with the pattern's prefix as quads. Bound positions (non-null) are returned as given (an equal
    // term: same encoding) instead of being decoded again; unbound ones are read straight from the key.
    private IEnumerable<Quad> Scan(QuadIndex index, EncodedQuad pattern, int bound, Term? s, Term? p, Term? o, Term? g, CancellationToken cancellationToken)
    {
        if (index.IsDefaultGraph)
        {
            g = DefaultGraph.Instance;
        }

        var offsets = index.Offsets;
        // Keys come sorted, so an unbound position often repeats the previous key's term (the object of a
        // predicate scan, the subject of a subject scan): reuse it rather than looking it up in the cache again.
        var last = new DecodedTerm[4];
        var prefix = index.Prefix(pattern, bound);
        int n = 0;
        var it = Rent(index);
        try
        {
            for (Seek(it, prefix); it.Valid(); it.Next())
            {
                Quad quad;
                {
                    var key = it.GetKeySpan();
                    if (!key.StartsWith(prefix))
                    {
                        break;
                    }

                    quad = new Quad(
                        s ?? DecodeAt(key, offsets[0], ref last[0]),
                        p ?? DecodeAt(key, offsets[1], ref last[1]),
                        o ?? DecodeAt(key, offsets[2], ref last[2]),
                        g ?? DecodeAt(key, offsets[3], ref last[3]));
                }

                if ((++n & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                yield return quad;
            }

            RocksErrors.CheckIterator(it, db.Directory);
        }
        finally
        {
            Return(index, it);
        }
    }

    private Term DecodeAt(ReadOnlySpan<byte> key, int offset, ref DecodedTerm last)
    {
        var id = EncodedTerm.ReadFrom(key[offset..]);
        if (last.Term is not null && id.Equals(last.Id))
        {
            return last.Term;
        }

        var term = terms.Decode(id);
        last = new DecodedTerm(id, term);
        return term;
    }

    private record struct DecodedTerm(EncodedTerm Id, Term? Term);

    // The indexes that hold a pattern's keys: the default graph's, the named graphs', or both (graph unbound).
    private static IEnumerable<QuadIndex> IndexesOf(int bound, Term? graph)
    {
        if (graph is null || graph is DefaultGraph)
        {
            yield return QuadIndex.Choose(bound, true);
        }

        if (graph is not DefaultGraph)
        {
            yield return QuadIndex.Choose(bound, false);
        }
    }

    // Counting reads the keys in place: decoding every key into a quad, only to count it, cost more than the scan.

    /// <summary>Counts the pattern's keys in one index, stopping at <paramref name="limit"/>.</summary>
    private long CountKeys(QuadIndex index, EncodedQuad pattern, int bound, long limit, CancellationToken cancellationToken)
    {
        long n = 0;
        if (limit > 0)
        {
            ForEachKey(index, index.Prefix(pattern, bound), _ => ++n < limit, cancellationToken);
        }

        return n;
    }

    /// <summary>
    /// Adds the pattern's keys in one index to the counts of the term at <paramref name="position"/>, comparing that
    /// term's bytes in the key: keys are sorted, so the term often repeats from one key to the next, and the counts
    /// are touched once per run.
    /// </summary>
    private void CountRuns(QuadIndex index, EncodedQuad pattern, int bound, int position, Dictionary<EncodedTerm, long> counts, List<EncodedTerm> order, CancellationToken cancellationToken)
    {
        int offset = index.Offsets[position];
        var run = new byte[EncodedTerm.Size];
        long runLength = 0;
        ForEachKey(index, index.Prefix(pattern, bound), key =>
        {
            var term = key.Slice(offset, EncodedTerm.Size);
            if (runLength > 0 && term.SequenceEqual(run))
            {
                runLength++;
                return true;
            }

            Flush();
            term.CopyTo(run);
            runLength = 1;
            return true;
        }, cancellationToken);
        Flush();

        void Flush()
        {
            if (runLength == 0)
            {
                return;
            }

            var key = EncodedTerm.ReadFrom(run);
            ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out bool exists);
            if (!exists)
            {
                order.Add(key);
            }

            count += runLength;
        }
    }

    // Returns whether to go on to the next key.
    private delegate bool KeyVisitor(ReadOnlySpan<byte> key);

    /// <summary>Hands each key of one index that starts with the prefix to the visitor, in order, until it says stop.</summary>
    private void ForEachKey(QuadIndex index, byte[] prefix, KeyVisitor visit, CancellationToken cancellationToken)
    {
        var it = Rent(index);
        try
        {
            int n = 0;
            for (Seek(it, prefix); it.Valid(); it.Next())
            {
                var key = it.GetKeySpan();
                if (!key.StartsWith(prefix))
                {
                    break;
                }

                if ((++n & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!visit(key))
                {
                    break;
                }
            }

            RocksErrors.CheckIterator(it, db.Directory);
        }
        finally
        {
            Return(index, it);
        }
    }

    private static void Seek(Iterator it, byte[] prefix)
    {
        if (prefix.Length == 0)
        {
            it.SeekToFirst();
        }
        else
        {
            it.Seek(prefix);
        }
    }

    private Iterator Rent(QuadIndex index)
    {
        int slot = index.Slot;
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

        int slot = index.Slot;
        var bag = _idle[slot] ?? Interlocked.CompareExchange(ref _idle[slot], new ConcurrentBag<Iterator>(), null) ?? _idle[slot]!;
        bag.Add(it);
        if (_disposed && bag.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    // The read index's answers: the same indexes as RocksDB's keys, as rows of term ids.

    private IEnumerable<Quad> MatchInReadIndex(ReadIndex index, Term? s, Term? p, Term? o, Term? g, CancellationToken cancellationToken)
    {
        IEnumerable<Quad>? result = null;
        foreach (var (quadIndex, start, end) in RangesInReadIndex(index, s, p, o, g))
        {
            if (end > start)
            {
                var rows = RowsOf(index, quadIndex, start, end, s, p, o, g, cancellationToken);
                result = result is null ? rows : result.Concat(rows);
            }
        }

        return result ?? [];
    }

    private static IEnumerable<Quad> RowsOf(ReadIndex index, QuadIndex quadIndex, long start, long end, Term? s, Term? p, Term? o, Term? g, CancellationToken cancellationToken)
    {
        var rows = index.RowsOf(quadIndex);
        int cs = quadIndex.Column(0), cp = quadIndex.Column(1), co = quadIndex.Column(2), cg = quadIndex.Column(3);
        if (quadIndex.IsDefaultGraph)
        {
            g = DefaultGraph.Instance;
        }

        for (long row = start; row < end; row++)
        {
            if (((row - start) & 0x3FF) == 0x3FF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return new Quad(
                s ?? index.Decode(rows.At(row, cs)),
                p ?? index.Decode(rows.At(row, cp)),
                o ?? index.Decode(rows.At(row, co)),
                g ?? index.Decode(rows.At(row, cg)));
        }
    }

    private static long CountInReadIndex(ReadIndex index, Term? s, Term? p, Term? o, Term? g)
    {
        long n = 0;
        foreach (var (_, start, end) in RangesInReadIndex(index, s, p, o, g))
        {
            n += end - start;
        }

        return n;
    }

    private static IEnumerable<KeyValuePair<Term, long>> CountByPositionInReadIndex(ReadIndex index, Term? s, Term? p, Term? o, Term? g, int position, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<uint, long>();
        var order = new List<uint>();
        foreach (var (quadIndex, start, end) in RangesInReadIndex(index, s, p, o, g))
        {
            var rows = index.RowsOf(quadIndex);
            int column = quadIndex.Column(position);
            for (long row = start; row < end;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Rows are sorted: a term's rows often come one after another, and are counted as one run.
                uint id = rows.At(row, column);
                long run = 1;
                while (row + run < end && run < 0x10000 && rows.At(row + run, column) == id)
                {
                    run++;
                }

                ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out bool exists);
                if (!exists)
                {
                    order.Add(id);
                }

                count += run;
                row += run;
            }
        }

        foreach (var id in order)
        {
            yield return new(index.Decode(id), counts[id]);
        }
    }

    /// <summary>The row ranges of a pattern in the read index: one per graph kind it covers, none when a bound term is not in the store.</summary>
    private static List<(QuadIndex Index, long Start, long End)> RangesInReadIndex(ReadIndex index, Term? s, Term? p, Term? o, Term? g)
    {
        var ranges = new List<(QuadIndex, long, long)>(2);
        if (s is DefaultGraph || p is DefaultGraph || o is DefaultGraph)
        {
            return ranges;
        }

        int bound = BoundMask(s, p, o, g);
        Span<uint> ids = stackalloc uint[4];
        for (int position = 0; position < 4; position++)
        {
            var term = position switch { 0 => s, 1 => p, 2 => o, _ => g is DefaultGraph ? null : g };
            if (term is not null && !index.TryGetId(term, out ids[position]))
            {
                return ranges;
            }
        }

        Span<uint> prefix = stackalloc uint[4];
        foreach (var quadIndex in IndexesOf(bound, g))
        {
            int n = quadIndex.BoundPrefixLength(bound);
            for (int i = 0; i < n; i++)
            {
                prefix[i] = ids[quadIndex.Order[i]];
            }

            var (start, end) = index.Find(quadIndex, prefix[..n]);
            ranges.Add((quadIndex, start, end));
        }

        return ranges;
    }

    // The bound positions of a pattern as the indexes see them: the default graph is no graph term.
    private static int BoundMask(Term? s, Term? p, Term? o, Term? g) =>
        (s is null ? 0 : 1) | (p is null ? 0 : 2) | (o is null ? 0 : 4) | (g is null || g is DefaultGraph ? 0 : 8);

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
        bound = BoundMask(s, p, o, g);
        pattern = new EncodedQuad(es, ep, eo, eg);
        return true;
    }
}
