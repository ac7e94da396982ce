namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A <c>rocksdb_options_t</c>: database and column family options are one C type. RocksDB copies what it needs
/// when a database opens or a table file writer is made, so the options may be disposed after that.
/// </summary>
internal abstract class OptionsHandle : IDisposable
{
    private nint _handle = NativeMethods.rocksdb_options_create();

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(GetType().Name);

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_options_destroy(_handle);
            _handle = 0;
        }
    }
}
