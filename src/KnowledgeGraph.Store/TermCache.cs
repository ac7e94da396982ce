using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Decodes encoded terms, reading hashed ones from the id-to-term column family, with a bounded cache. Dictionary
/// entries are never changed or removed once written, so one cache serves every snapshot.
/// </summary>
/// <remarks>
/// It also remembers the encodings of the IRIs and blank nodes it decodes (and of hashed terms it encodes): query
/// engines pass decoded terms straight back as bound positions of the next pattern, and hashing them again would
/// cost more than the lookup.
/// </remarks>
internal sealed class TermCache(StoreDatabase db, int capacity = 1_000_000)
{
    private readonly ConcurrentDictionary<EncodedTerm, Term> _terms = new();
    private readonly ConcurrentDictionary<Term, EncodedTerm> _encodings = new();

    // Entry counts kept apart: ConcurrentDictionary.Count takes every lock of the table, and asking it on each miss
    // was most of the time of a query that decodes millions of terms.
    private int _termCount;
    private int _encodingCount;

    public Term Decode(EncodedTerm encoded)
    {
        if (_terms.TryGetValue(encoded, out var term))
        {
            return term;
        }

        term = DecodeFresh(encoded);
        if (_terms.TryAdd(encoded, term) && Interlocked.Increment(ref _termCount) >= capacity)
        {
            _terms.Clear();
            Volatile.Write(ref _termCount, 0);
        }

        return term;
    }

    /// <summary>
    /// Decodes without keeping the term in this cache (for a caller with its own, such as the read index), still
    /// remembering a hashed IRI's or blank node's encoding.
    /// </summary>
    public Term DecodeUncached(EncodedTerm encoded) => _terms.TryGetValue(encoded, out var term) ? term : DecodeFresh(encoded);

    private Term DecodeFresh(EncodedTerm encoded)
    {
        var term = TermCodec.Decode(encoded, Lookup);
        if (encoded.IsHashed && term is Iri or BlankNode)
        {
            Remember(term, encoded);
        }

        return term;
    }

    /// <summary>Encodes a term for reading (no dictionary entry is written).</summary>
    public EncodedTerm Encode(Term term)
    {
        if (_encodings.TryGetValue(term, out var encoded))
        {
            return encoded;
        }

        encoded = TermCodec.Encode(term, null);
        if (encoded.IsHashed && term is not TripleTerm)
        {
            Remember(term, encoded);
        }

        return encoded;
    }

    private void Remember(Term term, EncodedTerm encoded)
    {
        if (_encodings.TryAdd(term, encoded) && Interlocked.Increment(ref _encodingCount) >= capacity)
        {
            _encodings.Clear();
            Volatile.Write(ref _encodingCount, 0);
        }
    }

    private byte[] Lookup(EncodedTerm id)
    {
        byte[]? value;
        try
        {
            value = db.Db.Get(id.IdBytes(), db.Id2Term);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, db.Directory, "read");
        }

        return value ?? throw new StoreCorruptedException($"store at {db.Directory} is corrupted: a term id is missing from the dictionary");
    }
}
