namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of block-based table files; a column family copies them when they are set on it.</summary>
internal sealed class BlockBasedTableOptions() : NativeObject(NativeMethods.rocksdb_block_based_options_create())
{
    /// <summary>Shares <paramref name="cache"/> (the options keep their own reference to it).</summary>
    public BlockBasedTableOptions SetBlockCache(Cache cache)
    {
        NativeMethods.rocksdb_block_based_options_set_block_cache(Handle, cache.Handle);
        return this;
    }

    public BlockBasedTableOptions SetBlockSize(ulong bytes)
    {
        NativeMethods.rocksdb_block_based_options_set_block_size(Handle, (nuint)bytes);
        return this;
    }

    public BlockBasedTableOptions SetFormatVersion(int version)
    {
        NativeMethods.rocksdb_block_based_options_set_format_version(Handle, version);
        return this;
    }

    public BlockBasedTableOptions SetCacheIndexAndFilterBlocks(bool value)
    {
        NativeMethods.rocksdb_block_based_options_set_cache_index_and_filter_blocks(Handle, NativeMethods.Flag(value));
        return this;
    }

    public BlockBasedTableOptions SetPinL0FilterAndIndexBlocksInCache(bool value)
    {
        NativeMethods.rocksdb_block_based_options_set_pin_l0_filter_and_index_blocks_in_cache(Handle, NativeMethods.Flag(value));
        return this;
    }

    /// <summary>Hands <paramref name="policy"/> over: the table options own and free it from now on.</summary>
    public BlockBasedTableOptions SetFilterPolicy(BloomFilterPolicy policy)
    {
        NativeMethods.rocksdb_block_based_options_set_filter_policy(Handle, policy.Release());
        return this;
    }

    protected override void Destroy(nint handle) => NativeMethods.rocksdb_block_based_options_destroy(handle);
}
