namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A RocksDB iterator over one column family. The spans of <see cref="GetKeySpan"/> and <see cref="GetValueSpan"/>
/// point into RocksDB's memory and are valid only until the iterator moves or is disposed. Dispose it before the
/// database (and before the snapshot it reads, if any).
/// </summary>
internal sealed unsafe class Iterator(nint handle) : NativeObject(handle)
{
    public void SeekToFirst()
    {
        PerfCounters.TurnOffOnThisThread();
        NativeMethods.rocksdb_iter_seek_to_first(Handle);
    }

    public void Seek(ReadOnlySpan<byte> key)
    {
        PerfCounters.TurnOffOnThisThread();
        fixed (byte* k = key)
        {
            NativeMethods.rocksdb_iter_seek(Handle, k, (nuint)key.Length);
        }
    }

    public bool Valid() => NativeMethods.rocksdb_iter_valid(Handle) != 0;

    public void Next() => NativeMethods.rocksdb_iter_next(Handle);

    public ReadOnlySpan<byte> GetKeySpan()
    {
        nuint length;
        byte* key = NativeMethods.rocksdb_iter_key(Handle, &length);
        return new ReadOnlySpan<byte>(key, checked((int)length));
    }

    public ReadOnlySpan<byte> GetValueSpan()
    {
        nuint length;
        byte* value = NativeMethods.rocksdb_iter_value(Handle, &length);
        return new ReadOnlySpan<byte>(value, checked((int)length));
    }

    /// <summary>A copy of the current key.</summary>
    public byte[] Key() => GetKeySpan().ToArray();

    /// <summary>Throws when the iterator stopped because of an error rather than at the end of its data.</summary>
    public void CheckError()
    {
        nint error = 0;
        NativeMethods.rocksdb_iter_get_error(Handle, &error);
        RocksDbException.ThrowIf(error);
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_iter_destroy(handle);
}
