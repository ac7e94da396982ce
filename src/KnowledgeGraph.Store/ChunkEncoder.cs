using System.Buffers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>A chunk of a bulk load's quads, encoded off the writing thread.</summary>
/// <param name="Quads">The encoded quads, in input order: the first <paramref name="Count"/> items.</param>
/// <param name="Fingerprints">Each quad's fingerprint (see <see cref="LoadedQuads"/>).</param>
/// <param name="Count">How many quads the chunk holds.</param>
/// <param name="NewTerms">The dictionary entry of every hashed term the chunk uses, once each.</param>
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
/// hashing or serialising again). Not thread-safe: a bulk load keeps several so that chunks are encoded on several
/// cores, in any order; each chunk lists the dictionary entry of every hashed term it uses (once), so that whichever
/// batch its quads land in, the entries are written with them or before them. The store keeps one for its writes.
/// </summary>
internal sealed class ChunkEncoder
{
    // Bounds the memory of each encoder (a load has one per core): about 30 MB with the terms' values.
    private const int CacheLimit = 100_000;

    // A hashed term's entry keeps its dictionary value; inline terms have none. Source: the term it was made from.
    private readonly Dictionary<Term, (EncodedTerm Id, byte[]? Value, Term Source)> _cache = new(1 << 16);
    private readonly HashSet<EncodedTerm> _listed = [];
    private readonly Action<EncodedTerm, byte[]> _keepValue;
    private byte[]? _lastValue;

    public ChunkEncoder() => _keepValue = (_, value) => _lastValue = value;

    public EncodedChunk Encode(Quad[] chunk, Term? targetGraph)
    {
        var newTerms = new List<(EncodedTerm, byte[])>();
        var encoded = EncodedChunk.Rent(chunk.Length, newTerms);
        var quads = encoded.Quads;
        var fingerprints = encoded.Fingerprints;
        _listed.Clear();

        // One delegate for the chunk: converting the local function at each call allocated one per term.
        Action<EncodedTerm, byte[]> list = (id, value) =>
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

            quads[i] = new EncodedQuad(Encode(quad.Subject, list), Encode(quad.Predicate, list), Encode(quad.Obj, list), Encode(targetGraph ?? quad.Graph, list));
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
            // Not cached: encoding one lists the entries of its nested terms too.
            return TermCodec.Encode(term, onHashed);
        }

        // Language tags compare case-insensitively, but the dictionary keeps the case first written: a cached
        // entry made from another spelling would make that depend on which encoder saw which chunk first.
        if (!_cache.TryGetValue(term, out var entry)
            || (term is Literal { Language: { } tag } && !string.Equals(tag, ((Literal)entry.Source).Language, StringComparison.Ordinal)))
        {
            _lastValue = null;
            var id = TermCodec.Encode(term, _keepValue);
            entry = (id, _lastValue, term);
            if (_cache.Count >= CacheLimit)
            {
                _cache.Clear();
            }

            _cache[term] = entry;
        }

        if (entry.Value is not null)
        {
            onHashed(entry.Id, entry.Value);
        }

        return entry.Id;
    }
}
