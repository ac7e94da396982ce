namespace KnowledgeGraph.Store.Rocks;

/// <summary>Makes consistent copies of an open database (hard links where possible); dispose before the database.</summary>
internal sealed unsafe class Checkpoint(nint handle) : NativeObject(handle)
{
    /// <summary>Writes the copy to <paramref name="directory"/>, which must not exist.</summary>
    /// <param name="directory">The target directory.</param>
    /// <param name="logSizeForFlush">Flush the memtables first when the write-ahead log is at least this big (0: always).</param>
    public void Save(string directory, ulong logSizeForFlush)
    {
        nint error = 0;
        fixed (byte* d = NativeStrings.Utf8(directory))
        {
            NativeMethods.rocksdb_checkpoint_create(Handle, d, logSizeForFlush, &error);
        }

        RocksDbException.ThrowIf(error);
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_checkpoint_object_destroy(handle);
}
