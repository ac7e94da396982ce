namespace KnowledgeGraph.Store.Rocks;

/// <summary>Changes written atomically by <see cref="RocksDb.Write"/>; RocksDB copies keys and values into the batch.</summary>
internal sealed unsafe class WriteBatch() : NativeObject(NativeMethods.rocksdb_writebatch_create())
{
    public WriteBatch Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, ColumnFamilyHandle family)
    {
        fixed (byte* k = key)
        fixed (byte* v = value)
        {
            NativeMethods.rocksdb_writebatch_put_cf(Handle, family.Handle, k, (nuint)key.Length, v, (nuint)value.Length);
        }

        return this;
    }

    public WriteBatch Delete(ReadOnlySpan<byte> key, ColumnFamilyHandle family)
    {
        fixed (byte* k = key)
        {
            NativeMethods.rocksdb_writebatch_delete_cf(Handle, family.Handle, k, (nuint)key.Length);
        }

        return this;
    }

    /// <summary>Deletes the keys from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public WriteBatch DeleteRange(byte[] start, ulong startLength, byte[] end, ulong endLength, ColumnFamilyHandle family)
    {
        var from = start.AsSpan(0, checked((int)startLength));
        var to = end.AsSpan(0, checked((int)endLength));
        fixed (byte* s = from)
        fixed (byte* e = to)
        {
            NativeMethods.rocksdb_writebatch_delete_range_cf(Handle, family.Handle, s, (nuint)from.Length, e, (nuint)to.Length);
        }

        return this;
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_writebatch_destroy(handle);
}
