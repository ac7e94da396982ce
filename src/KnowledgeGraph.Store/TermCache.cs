using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;
using RocksDbSharp;

namespace KnowledgeGraph.Store;

/// <summary>
/// Decodes encoded terms, reading hashed ones from the id-to-term column family, with a bounded cache. Dictionary
/// entries are never changed or removed once written, so one cache serves every snapshot.
/// </summary>
internal sealed class TermCache(StoreDatabase db, int capacity = 200_000)
{
    private readonly ConcurrentDictionary<EncodedTerm, Term> _terms = new();

    public Term Decode(EncodedTerm encoded)
    {
        if (_terms.TryGetValue(encoded, out var term))
        {
            return term;
        }

        term = TermCodec.Decode(encoded, Lookup);
        if (_terms.Count >= capacity)
        {
            _terms.Clear();
        }

        _terms[encoded] = term;
        return term;
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
