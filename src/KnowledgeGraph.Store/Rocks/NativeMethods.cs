using System.Reflection;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// The part of RocksDB's C API (rocksdb/c.h) the store uses, bound with source-generated P/Invoke. Only blittable
/// types cross: <c>char** errptr</c> is <c>nint*</c>, <c>size_t</c> is <c>nuint</c>, C booleans are bytes.
/// </summary>
/// <remarks>The library is the native one the RocksDB NuGet package ships (runtimes/&lt;rid&gt;/native).</remarks>
internal static unsafe partial class NativeMethods
{
    private const string Library = "rocksdb";

    // Runs before the first call into the library (the class has a static constructor, so its first use waits for it).
    static NativeMethods() => NativeLibrary.SetDllImportResolver(typeof(NativeMethods).Assembly, Resolve);

    // The default lookup first; on a musl system the glibc build the host picks fails to load, and the package's
    // musl build beside it is the one to use.
    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return 0;
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out nint handle) || !OperatingSystem.IsLinux())
        {
            return handle;
        }

        foreach (string directory in SearchDirectories().Distinct(StringComparer.Ordinal))
        {
            string musl = Path.Combine(directory, "librocksdb-musl.so");
            if (File.Exists(musl) && NativeLibrary.TryLoad(musl, out handle))
            {
                return handle;
            }
        }

        return 0;
    }

    private static IEnumerable<string> SearchDirectories()
    {
        if (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") is string listed)
        {
            foreach (string directory in listed.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return directory;
            }
        }

        yield return Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native");
        string arch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        yield return Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-" + arch, "native");
    }

    /// <summary>A C boolean (unsigned char) for a .NET one.</summary>
    internal static byte Flag(bool value) => value ? (byte)1 : (byte)0;

    [LibraryImport(Library)]
    internal static partial void rocksdb_free(void* ptr);

    // Database.
    [LibraryImport(Library)]
    internal static partial nint rocksdb_open_column_families(nint options, byte* name, int numColumnFamilies, byte** columnFamilyNames, nint* columnFamilyOptions, nint* columnFamilyHandles, nint* errptr);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_open_as_secondary_column_families(nint options, byte* name, byte* secondaryPath, int numColumnFamilies, byte** columnFamilyNames, nint* columnFamilyOptions, nint* columnFamilyHandles, nint* errptr);

    [LibraryImport(Library)]
    internal static partial byte** rocksdb_list_column_families(nint options, byte* name, nuint* count, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_list_column_families_destroy(byte** list, nuint count);

    [LibraryImport(Library)]
    internal static partial void rocksdb_column_family_handle_destroy(nint handle);

    [LibraryImport(Library)]
    internal static partial void rocksdb_close(nint db);

    [LibraryImport(Library)]
    internal static partial void rocksdb_cancel_all_background_work(nint db, byte wait);

    [LibraryImport(Library)]
    internal static partial void rocksdb_try_catch_up_with_primary(nint db, nint* errptr);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_get_pinned_cf(nint db, nint readOptions, nint columnFamily, byte* key, nuint keyLength, nint* errptr);

    [LibraryImport(Library)]
    internal static partial byte* rocksdb_pinnableslice_value(nint slice, nuint* length);

    [LibraryImport(Library)]
    internal static partial void rocksdb_pinnableslice_destroy(nint slice);

    [LibraryImport(Library)]
    internal static partial void rocksdb_put_cf(nint db, nint writeOptions, nint columnFamily, byte* key, nuint keyLength, byte* value, nuint valueLength, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_delete_cf(nint db, nint writeOptions, nint columnFamily, byte* key, nuint keyLength, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_write(nint db, nint writeOptions, nint batch, nint* errptr);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_create_iterator_cf(nint db, nint readOptions, nint columnFamily);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_create_snapshot(nint db);

    [LibraryImport(Library)]
    internal static partial void rocksdb_release_snapshot(nint db, nint snapshot);

    [LibraryImport(Library)]
    internal static partial ulong rocksdb_snapshot_get_sequence_number(nint snapshot);

    [LibraryImport(Library)]
    internal static partial ulong rocksdb_get_latest_sequence_number(nint db);

    [LibraryImport(Library)]
    internal static partial void rocksdb_ingest_external_file_cf(nint db, nint columnFamily, byte** files, nuint count, nint options, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_compact_range_cf(nint db, nint columnFamily, byte* start, nuint startLength, byte* limit, nuint limitLength);

    [LibraryImport(Library)]
    internal static partial byte* rocksdb_property_value_cf(nint db, nint columnFamily, byte* name);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_checkpoint_object_create(nint db, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_checkpoint_create(nint checkpoint, byte* directory, ulong logSizeForFlush, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_checkpoint_object_destroy(nint checkpoint);

    // Options (database and column family options are the same C type).
    [LibraryImport(Library)]
    internal static partial nint rocksdb_options_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_create_if_missing(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_create_missing_column_families(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_paranoid_checks(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_db_write_buffer_size(nint options, nuint value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_increase_parallelism(nint options, int totalThreads);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_max_open_files(nint options, int value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_keep_log_file_num(nint options, nuint value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_max_total_wal_size(nint options, ulong value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_info_log_level(nint options, int value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_block_based_table_factory(nint options, nint tableOptions);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_compression(nint options, int value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_compression_per_level(nint options, int* levelValues, nuint numLevels);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_level_compaction_dynamic_level_bytes(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_write_buffer_size(nint options, nuint value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_max_write_buffer_number(nint options, int value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_target_file_size_base(nint options, ulong value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_memtable_prefix_bloom_size_ratio(nint options, double value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_options_set_memtable_whole_key_filtering(nint options, byte value);

    // Block-based tables, cache, filter.
    [LibraryImport(Library)]
    internal static partial nint rocksdb_block_based_options_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_block_cache(nint options, nint cache);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_block_size(nint options, nuint value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_format_version(nint options, int value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_cache_index_and_filter_blocks(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_pin_l0_filter_and_index_blocks_in_cache(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_block_based_options_set_filter_policy(nint options, nint filterPolicy);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_filterpolicy_create_bloom_full(double bitsPerKey);

    [LibraryImport(Library)]
    internal static partial void rocksdb_filterpolicy_destroy(nint filterPolicy);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_cache_create_lru(nuint capacity);

    [LibraryImport(Library)]
    internal static partial void rocksdb_cache_destroy(nint cache);

    // Read and write options.
    [LibraryImport(Library)]
    internal static partial nint rocksdb_writeoptions_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_writeoptions_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_writeoptions_set_sync(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_readoptions_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_readoptions_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_readoptions_set_snapshot(nint options, nint snapshot);

    [LibraryImport(Library)]
    internal static partial void rocksdb_readoptions_set_verify_checksums(nint options, byte value);

    [LibraryImport(Library)]
    internal static partial void rocksdb_readoptions_set_fill_cache(nint options, byte value);

    // Write batches.
    [LibraryImport(Library)]
    internal static partial nint rocksdb_writebatch_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_writebatch_destroy(nint batch);

    [LibraryImport(Library)]
    internal static partial void rocksdb_writebatch_put_cf(nint batch, nint columnFamily, byte* key, nuint keyLength, byte* value, nuint valueLength);

    [LibraryImport(Library)]
    internal static partial void rocksdb_writebatch_delete_cf(nint batch, nint columnFamily, byte* key, nuint keyLength);

    [LibraryImport(Library)]
    internal static partial void rocksdb_writebatch_delete_range_cf(nint batch, nint columnFamily, byte* startKey, nuint startLength, byte* endKey, nuint endLength);

    // Iterators.
    [LibraryImport(Library)]
    internal static partial void rocksdb_iter_destroy(nint iterator);

    [LibraryImport(Library)]
    internal static partial void rocksdb_iter_seek(nint iterator, byte* key, nuint keyLength);

    [LibraryImport(Library)]
    internal static partial void rocksdb_set_perf_level(int level);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_perfcontext_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_perfcontext_reset(nint context);

    [LibraryImport(Library)]
    internal static partial ulong rocksdb_perfcontext_metric(nint context, int metric);

    [LibraryImport(Library)]
    internal static partial void rocksdb_perfcontext_destroy(nint context);

    [LibraryImport(Library)]
    internal static partial void rocksdb_iter_seek_to_first(nint iterator);

    [LibraryImport(Library)]
    internal static partial byte rocksdb_iter_valid(nint iterator);

    [LibraryImport(Library)]
    internal static partial void rocksdb_iter_next(nint iterator);

    [LibraryImport(Library)]
    internal static partial byte* rocksdb_iter_key(nint iterator, nuint* length);

    [LibraryImport(Library)]
    internal static partial byte* rocksdb_iter_value(nint iterator, nuint* length);

    [LibraryImport(Library)]
    internal static partial void rocksdb_iter_get_error(nint iterator, nint* errptr);

    // Table files and their ingestion.
    [LibraryImport(Library)]
    internal static partial nint rocksdb_envoptions_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_envoptions_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_sstfilewriter_create(nint envOptions, nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_sstfilewriter_open(nint writer, byte* name, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_sstfilewriter_put(nint writer, byte* key, nuint keyLength, byte* value, nuint valueLength, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_sstfilewriter_finish(nint writer, nint* errptr);

    [LibraryImport(Library)]
    internal static partial void rocksdb_sstfilewriter_destroy(nint writer);

    [LibraryImport(Library)]
    internal static partial nint rocksdb_ingestexternalfileoptions_create();

    [LibraryImport(Library)]
    internal static partial void rocksdb_ingestexternalfileoptions_destroy(nint options);

    [LibraryImport(Library)]
    internal static partial void rocksdb_ingestexternalfileoptions_set_move_files(nint options, byte value);
}
