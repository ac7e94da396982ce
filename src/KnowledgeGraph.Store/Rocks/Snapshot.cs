namespace KnowledgeGraph.Store.Rocks;

/// <summary>A RocksDB snapshot of the database <paramref name="db"/>; release it (dispose) before the database closes.</summary>
internal sealed class Snapshot(nint db, nint handle) : NativeObject(handle)
{
    /// <summary>The sequence number of the last write the snapshot sees.</summary>
    public ulong SequenceNumber => NativeMethods.rocksdb_snapshot_get_sequence_number(Handle);

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_release_snapshot(db, handle);
}
