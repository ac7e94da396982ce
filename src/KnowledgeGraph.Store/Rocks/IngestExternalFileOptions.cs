namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of <see cref="RocksDb.IngestExternalFiles"/>.</summary>
internal sealed class IngestExternalFileOptions() : NativeObject(NativeMethods.rocksdb_ingestexternalfileoptions_create())
{
    /// <summary>Moves (hard-links) the files into the database instead of copying them.</summary>
    public IngestExternalFileOptions SetMoveFiles(bool value)
    {
        NativeMethods.rocksdb_ingestexternalfileoptions_set_move_files(Handle, NativeMethods.Flag(value));
        return this;
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_ingestexternalfileoptions_destroy(handle);
}
