namespace KnowledgeGraph.Store.Rocks;

/// <summary>A RocksDB snapshot of the database <paramref name="db"/>; release it (dispose) before the database closes.</summary>
internal sealed class Snapshot(nint db, nint handle) : NativeObject(handle)
{
    protected override void Destroy(nint handle) => NativeMethods.rocksdb_release_snapshot(db, handle);
}
