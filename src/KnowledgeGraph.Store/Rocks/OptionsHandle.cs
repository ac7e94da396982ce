namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A <c>rocksdb_options_t</c>: database and column family options are one C type. RocksDB copies what it needs
/// when a database opens or a table file writer is made, so the options may be disposed after that.
/// </summary>
internal abstract class OptionsHandle() : NativeObject(NativeMethods.rocksdb_options_create())
{
    protected override void Destroy(nint handle) => NativeMethods.rocksdb_options_destroy(handle);
}
