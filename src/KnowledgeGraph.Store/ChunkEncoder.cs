using System.Buffers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>A chunk of a bulk load's quads, encoded off the writing thread.</summary>
/// <param name="Quads">The encoded quads, in input order: the first <paramref name="Count"/> items.</param>
/// <param name="Fingerprints">Each quad's fingerprint (see <see cref="LoadedQuads"/>).</param>
/// <param name="Count">How many quads the chunk holds.</param>
/// <param name="NewTerms">Dictionary entries of hashed terms the chunk uses, once each (see <see cref="ChunkEncoder.Encode(Quad[], long, Term?)"/>).</param>
internal sealed record EncodedChunk(EncodedQuad[] Quads, UInt128[] Fingerprints, int Count, List<(EncodedTerm Id, byte[] Value)> NewTerms)
{
    // A load keeps a few hundred chunks in flight, long enough for each garbage collection to find them alive and
    // copy them to an older generation; reused arrays stay put. Sized for the reader's read-ahead.
    private static readonly ArrayPool<EncodedQuad> QuadArrays = ArrayPool<EncodedQuad>.Create(ChunkReader.ChunkSize, 512);
    private static readonly ArrayPool<UInt128> FingerprintArrays = ArrayPool<UInt128>.Create(ChunkReader.ChunkSize, 512);

    public static EncodedChunk Rent(int count, List<(EncodedTerm Id, byte[] Value)> newTerms) =>
        new(QuadArrays.Rent(count), FingerprintArrays.Rent(count), count, newTerms);

    /// <summary>Returns the arrays for later chunks; the chunk must not be read afterwards.</summary>
    public void Release()
    {
        QuadArrays.Return(Quads);
        FingerprintArrays.Return(Fingerprints);
    }
}

/// <summary>
/// Encodes terms with a cache of recent ones (their dictionary entries included, so a cached term never needs
/// hashing or serialising again). Not thread-safe: a bulk load keeps several (see <see cref="ChunkEncoders"/>) so
/// that chunks are encoded on several cores, in any order. The store keeps one for its writes.
/// </summary>
internal sealed class ChunkEncoder
{
    // Bounds the memory of each encoder (a load has one per core): about 30 MB with the terms' values.
    private const int CacheLimit = 100_000;

    private readonly Dictionary<Term, CachedTerm> _cache = new(1 << 16);
    private readonly HashSet<EncodedTerm> _listed = [];
    private readonly Action<EncodedTerm, byte[]> _keepValue;
    private byte[]? _lastValue;

    public ChunkEncoder() => _keepValue = (_, value) => _lastValue = value;

    /// <summary>
    /// Encodes a chunk of a load. Its list of dictionary entries holds every hashed term the chunk uses unless this
    /// encoder listed it in an earlier chunk (<paramref name="sequence"/> numbers the load's chunks in input order):
    /// the load writes chunks in that order, so the entry reaches the store with or before the chunk's quads, while
    /// the writer sees each term about once per encoder instead of once per chunk.
    /// </summary>
    public EncodedChunk Encode(Quad[] chunk, long sequence, Term? targetGraph)
    {
        var newTerms = new List<(EncodedTerm, byte[])>();
        var encoded = EncodedChunk.Rent(chunk.Length, newTerms);
        var quads = encoded.Quads;
        var fingerprints = encoded.Fingerprints;
        _listed.Clear();

        // Nested terms of triple terms are not cached: their entries are listed once per chunk.
        Action<EncodedTerm, byte[]> listNested = (id, value) =>
        {
            if (_listed.Add(id))
            {
                newTerms.Add((id, value));
            }
        };

        for (int i = 0; i < chunk.Length; i++)
        {
            var quad = chunk[i];
            if (quad.Subject is DefaultGraph || quad.Predicate is DefaultGraph || quad.Obj is DefaultGraph)
            {
                throw new ArgumentException($"The default-graph marker can only be a quad's graph: {quad}", nameof(chunk));
            }

            quads[i] = new EncodedQuad(
                EncodeListed(quad.Subject, sequence, newTerms, listNested),
                EncodeListed(quad.Predicate, sequence, newTerms, listNested),
                EncodeListed(quad.Obj, sequence, newTerms, listNested),
                EncodeListed(targetGraph ?? quad.Graph, sequence, newTerms, listNested));
            fingerprints[i] = LoadedQuads.Fingerprint(quads[i]);
        }

        return encoded;
    }

    /// <summary>Encodes one term; <paramref name="onHashed"/> receives the dictionary entry of every hashed term, cached or not.</summary>
    public EncodedTerm Encode(Term term, Action<EncodedTerm, byte[]> onHashed)
    {
        if (term is DefaultGraph)
        {
            return EncodedTerm.DefaultGraph;
        }

        if (term is TripleTerm)
        {
            return TermCodec.Encode(term, onHashed);
        }

        ref var entry = ref Cached(term);
        if (entry.Value is not null)
        {
            onHashed(entry.Id, entry.Value);
        }

        return entry.Id;
    }

    private EncodedTerm EncodeListed(Term term, long sequence, List<(EncodedTerm, byte[])> newTerms, Action<EncodedTerm, byte[]> listNested)
    {
        if (term is DefaultGraph)
        {
            return EncodedTerm.DefaultGraph;
        }

        if (term is TripleTerm)
        {
            return TermCodec.Encode(term, listNested);
        }

        ref var entry = ref Cached(term);
        if (entry.Value is not null && entry.ListedIn > sequence)
        {
            newTerms.Add((entry.Id, entry.Value));
            entry.ListedIn = sequence;
        }

        return entry.Id;
    }

    // The term's cache entry, made (and the term hashed) on a miss. Valid until the next call.
    private ref CachedTerm Cached(Term term)
    {
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_cache, term);

        // Language tags compare case-insensitively, but the dictionary keeps the case first written: a cached
        // entry made from another spelling would make that depend on which encoder saw which chunk first.
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref entry)
            && (term is not Literal { Language: { } tag } || string.Equals(tag, ((Literal)entry.Source).Language, StringComparison.Ordinal)))
        {
            return ref entry;
        }

        _lastValue = null;
        var id = TermCodec.Encode(term, _keepValue);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        ref var made = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cache, term, out _);
        made = new CachedTerm(id, _lastValue, term);
        return ref made;
    }

    /// <summary>A hashed term keeps its dictionary value; inline terms have none. Source: the term it was made from.</summary>
    private struct CachedTerm(EncodedTerm id, byte[]? value, Term source)
    {
        public readonly EncodedTerm Id = id;
        public readonly byte[]? Value = value;
        public readonly Term Source = source;

        /// <summary>The first chunk whose list of entries holds this term's; none yet: <see cref="long.MaxValue"/>.</summary>
        public long ListedIn = long.MaxValue;
    }
}
