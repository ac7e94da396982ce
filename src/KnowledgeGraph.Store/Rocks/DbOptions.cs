namespace KnowledgeGraph.Store.Rocks;

/// <summary>Database-wide options for opening a <see cref="RocksDb"/>.</summary>
internal sealed class DbOptions : OptionsHandle
{
    public DbOptions SetCreateIfMissing(bool value)
    {
        NativeMethods.rocksdb_options_set_create_if_missing(Handle, Bool(value));
        return this;
    }

    public DbOptions SetCreateMissingColumnFamilies(bool value)
    {
        NativeMethods.rocksdb_options_set_create_missing_column_families(Handle, Bool(value));
        return this;
    }

    public DbOptions SetParanoidChecks(bool value)
    {
        NativeMethods.rocksdb_options_set_paranoid_checks(Handle, Bool(value));
        return this;
    }

    public DbOptions SetDbWriteBufferSize(ulong bytes)
    {
        NativeMethods.rocksdb_options_set_db_write_buffer_size(Handle, (nuint)bytes);
        return this;
    }

    public DbOptions IncreaseParallelism(int totalThreads)
    {
        NativeMethods.rocksdb_options_increase_parallelism(Handle, totalThreads);
        return this;
    }

    public DbOptions SetMaxOpenFiles(int value)
    {
        NativeMethods.rocksdb_options_set_max_open_files(Handle, value);
        return this;
    }

    public DbOptions SetKeepLogFileNum(ulong value)
    {
        NativeMethods.rocksdb_options_set_keep_log_file_num(Handle, (nuint)value);
        return this;
    }

    public DbOptions SetMaxTotalWalSize(ulong bytes)
    {
        NativeMethods.rocksdb_options_set_max_total_wal_size(Handle, bytes);
        return this;
    }

    public DbOptions SetInfoLogLevel(InfoLogLevel level)
    {
        NativeMethods.rocksdb_options_set_info_log_level(Handle, (int)level);
        return this;
    }

    private static byte Bool(bool value) => NativeMethods.Flag(value);
}
