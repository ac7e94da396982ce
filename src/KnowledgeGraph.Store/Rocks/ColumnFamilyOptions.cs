namespace KnowledgeGraph.Store.Rocks;

/// <summary>Options of one column family (also those its table files are written with).</summary>
internal sealed class ColumnFamilyOptions : OptionsHandle
{
    /// <summary>Makes a table factory from a copy of <paramref name="table"/>, which may be disposed afterwards.</summary>
    public ColumnFamilyOptions SetBlockBasedTableFactory(BlockBasedTableOptions table)
    {
        NativeMethods.rocksdb_options_set_block_based_table_factory(Handle, table.Handle);
        return this;
    }

    public ColumnFamilyOptions SetCompression(Compression compression)
    {
        NativeMethods.rocksdb_options_set_compression(Handle, (int)compression);
        return this;
    }

    public unsafe ColumnFamilyOptions SetCompressionPerLevel(Compression[] levels, ulong count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, (ulong)levels.Length);
        Span<int> values = stackalloc int[levels.Length];
        for (int i = 0; i < levels.Length; i++)
        {
            values[i] = (int)levels[i];
        }

        fixed (int* v = values)
        {
            NativeMethods.rocksdb_options_set_compression_per_level(Handle, v, (nuint)count);
        }

        return this;
    }

    public ColumnFamilyOptions SetLevelCompactionDynamicLevelBytes(bool value)
    {
        NativeMethods.rocksdb_options_set_level_compaction_dynamic_level_bytes(Handle, NativeMethods.Flag(value));
        return this;
    }

    public ColumnFamilyOptions SetWriteBufferSize(ulong bytes)
    {
        NativeMethods.rocksdb_options_set_write_buffer_size(Handle, (nuint)bytes);
        return this;
    }

    public ColumnFamilyOptions SetMaxWriteBufferNumber(int value)
    {
        NativeMethods.rocksdb_options_set_max_write_buffer_number(Handle, value);
        return this;
    }

    public ColumnFamilyOptions SetTargetFileSizeBase(ulong bytes)
    {
        NativeMethods.rocksdb_options_set_target_file_size_base(Handle, bytes);
        return this;
    }

    public ColumnFamilyOptions SetMemtablePrefixBloomSizeRatio(double ratio)
    {
        NativeMethods.rocksdb_options_set_memtable_prefix_bloom_size_ratio(Handle, ratio);
        return this;
    }

    public ColumnFamilyOptions SetMemtableWholeKeyFiltering(bool value)
    {
        NativeMethods.rocksdb_options_set_memtable_whole_key_filtering(Handle, NativeMethods.Flag(value));
        return this;
    }
}
