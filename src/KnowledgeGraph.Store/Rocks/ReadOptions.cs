namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of reads and iterators. Iterators copy them when made; a snapshot set here must outlive its reads.</summary>
internal sealed class ReadOptions() : NativeObject(NativeMethods.rocksdb_readoptions_create())
{
    public ReadOptions SetSnapshot(Snapshot snapshot)
    {
        NativeMethods.rocksdb_readoptions_set_snapshot(Handle, snapshot.Handle);
        return this;
    }

    public ReadOptions SetVerifyChecksums(bool value)
    {
        NativeMethods.rocksdb_readoptions_set_verify_checksums(Handle, NativeMethods.Flag(value));
        return this;
    }

    public ReadOptions SetFillCache(bool value)
    {
        NativeMethods.rocksdb_readoptions_set_fill_cache(Handle, NativeMethods.Flag(value));
        return this;
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_readoptions_destroy(handle);
}
