namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// A Bloom filter policy. Setting it on <see cref="BlockBasedTableOptions"/> transfers it (the table options free
/// it); one never handed over is freed on dispose.
/// </summary>
internal sealed class BloomFilterPolicy : IDisposable
{
    private nint _handle;

    private BloomFilterPolicy(nint handle) => _handle = handle;

    /// <summary>A full (whole-file) Bloom filter.</summary>
    /// <param name="bitsPerKey">Filter bits per key; 10 gives about 1% false positives.</param>
    public static BloomFilterPolicy Create(int bitsPerKey) => new(NativeMethods.rocksdb_filterpolicy_create_bloom_full(bitsPerKey));

    /// <summary>Gives up ownership of the native policy and returns it.</summary>
    internal nint Release()
    {
        nint handle = _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(BloomFilterPolicy));
        _handle = 0;
        return handle;
    }

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_filterpolicy_destroy(_handle);
            _handle = 0;
        }
    }
}
