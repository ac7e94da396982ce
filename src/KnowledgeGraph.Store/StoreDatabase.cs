using KnowledgeGraph.Store.Encoding;
using RocksDbSharp;

namespace KnowledgeGraph.Store;

/// <summary>
/// The RocksDB database behind a <see cref="QuadStore"/>: column families, options, the format version check and
/// the translation of RocksDB errors into <see cref="StorageException"/>s.
/// </summary>
internal sealed class StoreDatabase : IDisposable
{
    /// <summary>Version of the key layout and term encoding; bump on any incompatible change.</summary>
    public const int FormatVersion = 1;

    public const string Id2TermFamily = "id2term";
    public const string StatsFamily = "stats";
    private static readonly byte[] FormatKey = System.Text.Encoding.ASCII.GetBytes("kg:format-version");

    private readonly Dictionary<string, ColumnFamilyHandle> _families = [];
    private bool _disposed;

    private readonly string? _secondaryDirectory;

    private StoreDatabase(string directory, RocksDb db, WriteOptions writeOptions, string? secondaryDirectory = null)
    {
        _secondaryDirectory = secondaryDirectory;
        ReadOnly = secondaryDirectory is not null;
        Directory = directory;
        Db = db;
        WriteOptions = writeOptions;
        foreach (var index in QuadIndex.All)
        {
            _families[index.Name] = db.GetColumnFamily(index.Name);
        }

        Id2Term = db.GetColumnFamily(Id2TermFamily);
        Stats = db.GetColumnFamily(StatsFamily);
        Meta = db.GetDefaultColumnFamily();
    }

    public string Directory { get; }

    /// <summary>Opened as a read-only secondary instance: no writes, no lock, a fixed view of the store.</summary>
    public bool ReadOnly { get; }

    public RocksDb Db { get; }

    public WriteOptions WriteOptions { get; }

    public ColumnFamilyHandle Id2Term { get; }

    public ColumnFamilyHandle Stats { get; }

    public ColumnFamilyHandle Meta { get; }

    public static IEnumerable<string> FamilyNames => [.. QuadIndex.All.Select(i => i.Name), Id2TermFamily, StatsFamily];

    public ColumnFamilyHandle Family(QuadIndex index) => _families[index.Name];

    public static StoreDatabase Open(string directory, QuadStoreOptions options)
    {
        string full = Path.GetFullPath(directory);
        bool exists = File.Exists(Path.Combine(full, "CURRENT"));
        if (options.ReadOnly)
        {
            return OpenReadOnly(full, exists, options);
        }

        if (!exists)
        {
            if (!options.CreateIfMissing)
            {
                throw new StorageException($"no store at {full}");
            }

            if (System.IO.Directory.Exists(full) && System.IO.Directory.EnumerateFileSystemEntries(full).Any())
            {
                throw new StorageException($"{full} is not empty and holds no KnowledgeGraph store");
            }

            try
            {
                System.IO.Directory.CreateDirectory(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StorageException($"cannot create the store directory {full}: {e.Message}", e);
            }
        }

        var dbOptions = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .SetParanoidChecks(true)
            .SetDbWriteBufferSize((ulong)options.WriteBufferBytes)
            .IncreaseParallelism(options.BackgroundThreads)
            .SetMaxOpenFiles(512)
            .SetKeepLogFileNum(2)
            .SetMaxTotalWalSize(256UL << 20)
            .SetInfoLogLevel(InfoLogLevel.Warn);
        var families = new ColumnFamilies();
        var cache = Cache.CreateLru((ulong)options.BlockCacheBytes);
        foreach (string name in FamilyNames)
        {
            families.Add(name, FamilyOptions(name, options, cache));
        }

        if (exists)
        {
            CheckFamilies(full, dbOptions);
        }

        RocksDb db;
        try
        {
            db = RocksDb.Open(dbOptions, full, families);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, full, "open");
        }

        var writeOptions = new WriteOptions().SetSync(options.SyncWrites);
        var store = new StoreDatabase(full, db, writeOptions);
        try
        {
            store.CheckVersion(exists);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>
    /// Opens a RocksDB secondary instance: it takes no lock, so it works while another process writes, and it sees
    /// the store as of opening (the primary's files and write-ahead log); its own small state lives in a temporary
    /// directory that is deleted on dispose.
    /// </summary>
    private static StoreDatabase OpenReadOnly(string full, bool exists, QuadStoreOptions options)
    {
        if (!exists)
        {
            throw new StorageException($"no store at {full}");
        }

        var dbOptions = new DbOptions()
            .SetParanoidChecks(true)
            .SetMaxOpenFiles(-1)
            .SetInfoLogLevel(InfoLogLevel.Warn);
        CheckFamilies(full, dbOptions);
        var families = new ColumnFamilies();
        var cache = Cache.CreateLru((ulong)options.BlockCacheBytes);
        foreach (string name in FamilyNames)
        {
            families.Add(name, FamilyOptions(name, options, cache));
        }

        string secondary = Path.Combine(Path.GetTempPath(), "kg-store-readers", Guid.NewGuid().ToString("N"));
        RocksDb? db = null;
        for (int attempt = 0; db is null; attempt++)
        {
            try
            {
                System.IO.Directory.CreateDirectory(secondary);
                db = RocksDb.OpenAsSecondary(dbOptions, full, secondary, families);
            }
            catch (RocksDbException e) when (attempt < 5 && e.Message.Contains("No such file", StringComparison.OrdinalIgnoreCase))
            {
                // The writer removed a file (a finished flush or compaction) while we read the file list: retry.
                Thread.Sleep(20 * (attempt + 1));
            }
            catch (RocksDbException e)
            {
                DeleteQuietly(secondary);
                throw RocksErrors.Translate(e, full, "open read-only");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StorageException($"cannot open the store at {full} read-only: {e.Message}", e);
            }
        }

        var store = new StoreDatabase(full, db, new WriteOptions(), secondary);
        try
        {
            store.CheckVersion(existed: true);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary directory of a few bytes; the OS cleans the temp folder.
        }
    }

    // Flushes (L0) and the first level are rewritten soon anyway: compressing them costs a bulk load CPU for nothing.
    private static readonly Compression[] LevelCompression =
        [Compression.No, Compression.No, Compression.Lz4, Compression.Lz4, Compression.Lz4, Compression.Lz4, Compression.Lz4];

    private static ColumnFamilyOptions FamilyOptions(string name, QuadStoreOptions options, Cache cache)
    {
        var table = new BlockBasedTableOptions()
            .SetBlockCache(cache)
            .SetBlockSize(16 * 1024)
            .SetFormatVersion(5)
            .SetCacheIndexAndFilterBlocks(true)
            .SetPinL0FilterAndIndexBlocksInCache(true)
            .SetFilterPolicy(BloomFilterPolicy.Create(10, false));
        var cf = new ColumnFamilyOptions()
            .SetBlockBasedTableFactory(table)
            .SetCompression(Compression.Lz4)
            .SetCompressionPerLevel(LevelCompression, (ulong)LevelCompression.Length)
            .SetLevelCompactionDynamicLevelBytes(true)
            .SetWriteBufferSize((ulong)FamilyWriteBuffer(options))
            .SetMaxWriteBufferNumber(3)
            .SetTargetFileSizeBase(64UL << 20)
            .SetMemtablePrefixBloomSizeRatio(0.05);

        // A whole-key Bloom filter in the memtables lets existence checks of new quads skip the skip-list search.
        Native.Instance.rocksdb_options_set_memtable_whole_key_filtering(cf.Handle, 1);
        return name == StatsFamily ? cf.SetWriteBufferSize(4UL << 20) : cf;
    }

    // Small memtables per index: skip-list inserts into a memtable that fits the CPU caches cost a fraction of those
    // into a 64 MiB one (ingest profiles are dominated by them); flushes and compactions run on background threads.
    private static long FamilyWriteBuffer(QuadStoreOptions options) => Math.Clamp(options.WriteBufferBytes / 64, 2L << 20, 64L << 20);

    private static void CheckFamilies(string full, DbOptions dbOptions)
    {
        if (!RocksDb.TryListColumnFamilies(dbOptions, full, out var names))
        {
            return;
        }

        var known = new HashSet<string>(FamilyNames, StringComparer.Ordinal) { "default" };
        var unknown = names.Where(n => !known.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new StorageException(
                $"store at {full} has column families this build does not know ({string.Join(", ", unknown)}); " +
                $"it was written by an incompatible version (this build reads storage format {FormatVersion})");
        }
    }

    private void CheckVersion(bool existed)
    {
        byte[]? stored;
        try
        {
            stored = Db.Get(FormatKey, Meta);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "read");
        }

        if (stored is null)
        {
            if (ReadOnly)
            {
                if (!IsEmpty())
                {
                    throw new StorageException($"store at {Directory} has no storage format version; it was not written by KnowledgeGraph");
                }

                return;
            }

            if (existed && !IsEmpty())
            {
                throw new StorageException($"store at {Directory} has no storage format version; it was not written by KnowledgeGraph");
            }

            Put(Meta, FormatKey, System.Text.Encoding.ASCII.GetBytes(FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        string text = System.Text.Encoding.ASCII.GetString(stored);
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int version) || version != FormatVersion)
        {
            throw new StorageException(
                $"store at {Directory} uses storage format version {text}, but this build reads version {FormatVersion}; " +
                "export it with the build that wrote it and load it again");
        }
    }

    private bool IsEmpty()
    {
        foreach (var name in FamilyNames)
        {
            using var it = Db.NewIterator(Db.GetColumnFamily(name));
            it.SeekToFirst();
            if (it.Valid())
            {
                return false;
            }
        }

        return true;
    }

    private void Put(ColumnFamilyHandle cf, byte[] key, byte[] value)
    {
        try
        {
            Db.Put(key, value, cf, WriteOptions);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "write");
        }
    }

    /// <summary>Makes every write fail as an I/O error would (for tests where no real fault can be caused).</summary>
    internal bool FailWritesForTesting { get; set; }

    public void Write(WriteBatch batch)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ReadOnly)
        {
            throw new StorageException($"store at {Directory} is open read-only");
        }

        if (FailWritesForTesting)
        {
            throw new StorageException($"store at {Directory}: write failed: simulated I/O error");
        }

        try
        {
            Db.Write(batch, WriteOptions);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "write");
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Db.Dispose();
            if (_secondaryDirectory is not null)
            {
                DeleteQuietly(_secondaryDirectory);
            }
        }
    }
}
