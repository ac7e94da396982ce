namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of <see cref="RocksDb.IngestExternalFiles"/>.</summary>
internal sealed class IngestExternalFileOptions : IDisposable
{
    private nint _handle = NativeMethods.rocksdb_ingestexternalfileoptions_create();

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(IngestExternalFileOptions));

    /// <summary>Moves (hard-links) the files into the database instead of copying them.</summary>
    public IngestExternalFileOptions SetMoveFiles(bool value)
    {
        NativeMethods.rocksdb_ingestexternalfileoptions_set_move_files(Handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_ingestexternalfileoptions_destroy(_handle);
            _handle = 0;
        }
    }
}
