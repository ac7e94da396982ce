using System.Buffers.Binary;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Exact quad counts (total, per graph, per predicate) kept in the stats column family and written in the same
/// batch as the change they count, so they are as consistent as the data. They give O(1) cardinality estimates.
/// </summary>
internal sealed class StoreCounters
{
    public const byte TotalKind = (byte)'T';
    public const byte GraphKind = (byte)'G';
    public const byte PredicateKind = (byte)'P';

    public long Total { get; set; }

    public Dictionary<EncodedTerm, long> Graphs { get; } = [];

    public Dictionary<EncodedTerm, long> Predicates { get; } = [];

    public static StoreCounters Load(StoreDatabase db)
    {
        var counters = new StoreCounters();
        using var it = db.Db.NewIterator(db.Stats);
        for (it.SeekToFirst(); it.Valid(); it.Next())
        {
            var key = it.GetKeySpan();
            long value = BinaryPrimitives.ReadInt64LittleEndian(it.GetValueSpan());
            switch (key[0])
            {
                case TotalKind:
                    counters.Total = value;
                    break;
                case GraphKind:
                    counters.Graphs[EncodedTerm.ReadFrom(key[1..])] = value;
                    break;
                case PredicateKind:
                    counters.Predicates[EncodedTerm.ReadFrom(key[1..])] = value;
                    break;
                default:
                    throw new StoreCorruptedException($"store at {db.Directory} is corrupted: unknown statistics key");
            }
        }

        RocksErrors.CheckIterator(it, db.Directory);
        return counters;
    }

    public static byte[] Key(byte kind, EncodedTerm term)
    {
        if (kind == TotalKind)
        {
            return [TotalKind];
        }

        var key = new byte[1 + EncodedTerm.Size];
        key[0] = kind;
        term.WriteTo(key.AsSpan(1));
        return key;
    }

    public static byte[] Value(long count)
    {
        var value = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(value, count);
        return value;
    }

    public static long Read(StoreDatabase db, ReadOptions? readOptions, byte kind, EncodedTerm term)
    {
        try
        {
            var value = db.Db.Get(Key(kind, term), db.Stats, readOptions);
            return value is null ? 0 : BinaryPrimitives.ReadInt64LittleEndian(value);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, db.Directory, "read");
        }
    }
}
