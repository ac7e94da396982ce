namespace KnowledgeGraph.Store.Rocks;

/// <summary>A RocksDB snapshot; release it (dispose) before the database closes.</summary>
internal sealed class Snapshot : IDisposable
{
    private readonly nint _db;
    private nint _handle;

    internal Snapshot(nint db, nint handle)
    {
        _db = db;
        _handle = handle;
    }

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(Snapshot));

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_release_snapshot(_db, _handle);
            _handle = 0;
        }
    }
}
