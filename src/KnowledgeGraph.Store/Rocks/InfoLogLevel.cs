namespace KnowledgeGraph.Store.Rocks;

/// <summary>Levels of RocksDB's LOG file, with the values of rocksdb/c.h.</summary>
internal enum InfoLogLevel
{
    Debug = 0,
    Info = 1,
    Warn = 2,
    Error = 3,
    Fatal = 4,
    Header = 5,
}
