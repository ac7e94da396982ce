namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A block cache. Table options that use it hold their own reference, so this handle may be disposed once it has
/// been set on all of them.
/// </summary>
internal sealed class Cache : IDisposable
{
    private nint _handle;

    private Cache(nint handle) => _handle = handle;

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(Cache));

    public static Cache CreateLru(ulong capacity) => new(NativeMethods.rocksdb_cache_create_lru((nuint)capacity));

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_cache_destroy(_handle);
            _handle = 0;
        }
    }
}
