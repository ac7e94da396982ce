namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of writes.</summary>
internal sealed class WriteOptions : IDisposable
{
    private nint _handle = NativeMethods.rocksdb_writeoptions_create();

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(WriteOptions));

    public WriteOptions SetSync(bool value)
    {
        NativeMethods.rocksdb_writeoptions_set_sync(Handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_writeoptions_destroy(_handle);
            _handle = 0;
        }
    }
}
