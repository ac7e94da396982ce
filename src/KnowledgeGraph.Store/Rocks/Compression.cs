namespace KnowledgeGraph.Store.Rocks;

/// <summary>RocksDB's compression types, with the values of rocksdb/c.h.</summary>
internal enum Compression
{
    No = 0,
    Snappy = 1,
    Zlib = 2,
    Bz2 = 3,
    Lz4 = 4,
    Lz4hc = 5,
    Xpress = 6,
    Zstd = 7,
}
