namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of writes.</summary>
internal sealed class WriteOptions() : NativeObject(NativeMethods.rocksdb_writeoptions_create())
{
    public WriteOptions SetSync(bool value)
    {
        NativeMethods.rocksdb_writeoptions_set_sync(Handle, NativeMethods.Flag(value));
        return this;
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_writeoptions_destroy(handle);
}
