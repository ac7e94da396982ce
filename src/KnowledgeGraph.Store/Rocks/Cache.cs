namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A block cache. Table options that use it hold their own reference, so this handle may be disposed once it has
/// been set on all of them.
/// </summary>
internal sealed class Cache : NativeObject
{
    private Cache(nint handle)
        : base(handle)
    {
    }

    public static Cache CreateLru(ulong capacity) => new(NativeMethods.rocksdb_cache_create_lru((nuint)capacity));

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_cache_destroy(handle);
}
