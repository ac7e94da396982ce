namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// Writes a table file of sorted keys for ingestion. It copies the options it is made with, so they need not
/// outlive it.
/// </summary>
internal sealed unsafe class SstFileWriter(EnvOptions environment, ColumnFamilyOptions options)
    : NativeObject(NativeMethods.rocksdb_sstfilewriter_create(environment.Handle, options.Handle))
{
    public void Open(string path)
    {
        nint error = 0;
        fixed (byte* p = NativeStrings.Utf8(path))
        {
            NativeMethods.rocksdb_sstfilewriter_open(Handle, p, &error);
        }

        RocksDbException.ThrowIf(error);
    }

    /// <summary>Adds a key, which must sort after the previous one; the pointers need only be valid for the call.</summary>
    public void Put(byte* key, nuint keyLength, byte* value, nuint valueLength)
    {
        nint error = 0;
        NativeMethods.rocksdb_sstfilewriter_put(Handle, key, keyLength, value, valueLength, &error);
        RocksDbException.ThrowIf(error);
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        fixed (byte* k = key)
        fixed (byte* v = value)
        {
            Put(k, (nuint)key.Length, v, (nuint)value.Length);
        }
    }

    public void Finish()
    {
        nint error = 0;
        NativeMethods.rocksdb_sstfilewriter_finish(Handle, &error);
        RocksDbException.ThrowIf(error);
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_sstfilewriter_destroy(handle);
}
