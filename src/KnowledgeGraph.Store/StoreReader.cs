using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using RocksDbSharp;

namespace KnowledgeGraph.Store;

/// <summary>
/// Reads quads through one set of read options: the live store (null options, each scan is consistent on its own)
/// or a RocksDB snapshot. Every pattern is one prefix scan per graph kind on the index that starts with its bound
/// positions.
/// </summary>
internal sealed class StoreReader(StoreDatabase db, TermCache terms, ReadOptions? readOptions)
{
    private const int EstimateScanLimit = 1000;

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken)
    {
        if (!TryEncodePattern(subject, predicate, obj, graph, out var pattern, out int bound))
        {
            return [];
        }

        return MatchEncoded(pattern, bound, graph, cancellationToken);
    }

    private IEnumerable<Quad> MatchEncoded(EncodedQuad pattern, int bound, Term? graph, CancellationToken cancellationToken)
    {
        if (graph is null || graph is DefaultGraph)
        {
            foreach (var q in Scan(QuadIndex.Choose(bound, true), pattern, bound, cancellationToken))
            {
                yield return q;
            }
        }

        if (graph is not DefaultGraph)
        {
            foreach (var q in Scan(QuadIndex.Choose(bound, false), pattern, bound, cancellationToken))
            {
                yield return q;
            }
        }
    }

    public bool Contains(Quad quad)
    {
        if (!TryEncodePattern(quad.Subject, quad.Predicate, quad.Obj, quad.Graph, out var encoded, out _))
        {
            return false;
        }

        var index = encoded.IsDefaultGraph ? QuadIndex.Dspo : QuadIndex.Spog;
        try
        {
            return db.Db.HasKey(index.Key(encoded), db.Family(index), readOptions);
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

    private IEnumerable<Quad> Scan(QuadIndex index, EncodedQuad pattern, int bound, CancellationToken cancellationToken)
    {
        int n = 0;
        foreach (var q in ScanKeys(index, pattern, bound))
        {
            if ((++n & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return new Quad(terms.Decode(q.S), terms.Decode(q.P), terms.Decode(q.O), terms.Decode(q.G));
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
        using var it = db.Db.NewIterator(db.Family(index), readOptions);
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

    private static bool TryEncodePattern(Term? s, Term? p, Term? o, Term? g, out EncodedQuad pattern, out int bound)
    {
        pattern = default;
        bound = 0;
        if (s is DefaultGraph || p is DefaultGraph || o is DefaultGraph)
        {
            return false;
        }

        var es = s is null ? default : TermCodec.Encode(s, null);
        var ep = p is null ? default : TermCodec.Encode(p, null);
        var eo = o is null ? default : TermCodec.Encode(o, null);
        var eg = g is null ? default : TermCodec.Encode(g, null);
        bound = (s is null ? 0 : 1) | (p is null ? 0 : 2) | (o is null ? 0 : 4) | (g is null || g is DefaultGraph ? 0 : 8);
        pattern = new EncodedQuad(es, ep, eo, eg);
        return true;
    }
}
