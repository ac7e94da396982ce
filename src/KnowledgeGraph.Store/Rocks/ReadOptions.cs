namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of reads and iterators. Iterators copy them when made; a snapshot set here must outlive its reads.</summary>
internal sealed class ReadOptions : IDisposable
{
    private nint _handle = NativeMethods.rocksdb_readoptions_create();

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(ReadOptions));

    public ReadOptions SetSnapshot(Snapshot snapshot)
    {
        NativeMethods.rocksdb_readoptions_set_snapshot(Handle, snapshot.Handle);
        return this;
    }

    public ReadOptions SetVerifyChecksums(bool value)
    {
        NativeMethods.rocksdb_readoptions_set_verify_checksums(Handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public ReadOptions SetFillCache(bool value)
    {
        NativeMethods.rocksdb_readoptions_set_fill_cache(Handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_readoptions_destroy(_handle);
            _handle = 0;
        }
    }
}
