using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

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
    private readonly Dictionary<string, ColumnFamilyOptions> _familyOptions;
    private readonly WriteOptions _syncedWrite = new WriteOptions().SetSync(true);

    // Held for writing while a batch's index files are ingested, for reading while a snapshot or backup is taken:
    // neither may see some indexes with a batch and others without.
    private readonly ReaderWriterLockSlim _commitWindow = new();
    private bool _disposed;
    private bool _mustReopen;

    private readonly string? _secondaryDirectory;

    // The read index of the current state, if one was written for it; those replaced stay mapped until the store
    // closes, since snapshots taken before may still read them.
    private volatile ReadIndex? _readIndex;
    private readonly List<ReadIndex> _retiredReadIndexes = [];
    private bool _readIndexFilePresent;
    private ulong _openSequence;

    private StoreDatabase(string directory, RocksDb db, WriteOptions writeOptions, Dictionary<string, ColumnFamilyOptions> familyOptions, QuadStoreOptions options, string? secondaryDirectory = null)
    {
        _familyOptions = familyOptions;
        IndexWriterThreads = Math.Max(1, options.IndexWriterThreads);
        IndexFileThreshold = options.IndexFileThreshold;
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

    /// <summary>Threads that build a large batch's index files side by side.</summary>
    public int IndexWriterThreads { get; }

    /// <summary>New quads in a batch from which its index entries are ingested as files (see <see cref="IndexFileCommit"/>).</summary>
    public int IndexFileThreshold { get; }

    public ColumnFamilyHandle Family(QuadIndex index) => _families[index.Name];

    /// <summary>The options a column family was opened with (table files written for it must match).</summary>
    public ColumnFamilyOptions FamilyOptions(string family) => _familyOptions[family];

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

        // RocksDB copies the database options when it opens; the family options stay with the store (table files
        // written for a family must use them) and are freed when it closes.
        using var dbOptions = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .SetParanoidChecks(true)
            .SetDbWriteBufferSize((ulong)options.WriteBufferBytes)
            .IncreaseParallelism(options.BackgroundThreads)
            .SetMaxOpenFiles(512)
            .SetKeepLogFileNum(2)
            .SetMaxTotalWalSize(256UL << 20)
            .SetInfoLogLevel(InfoLogLevel.Warn);
        if (exists)
        {
            CheckFamilies(full, dbOptions);
        }

        var (families, familyOptions) = Families(options);
        RocksDb db;
        try
        {
            db = RocksDb.Open(dbOptions, full, families);
        }
        catch (RocksDbException e)
        {
            DisposeAll(familyOptions);
            throw RocksErrors.Translate(e, full, "open");
        }

        var writeOptions = new WriteOptions().SetSync(options.SyncWrites);
        var store = new StoreDatabase(full, db, writeOptions, familyOptions, options);
        try
        {
            store.CheckVersion(exists);
            IndexFileCommit.Recover(store);
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
    private static StoreDatabase OpenReadOnly(string full, bool exists, QuadStoreOptions options, bool mayCompleteWrites = true)
    {
        if (!exists)
        {
            throw new StorageException($"no store at {full}");
        }

        using var dbOptions = new DbOptions()
            .SetParanoidChecks(true)
            .SetMaxOpenFiles(-1)
            .SetInfoLogLevel(InfoLogLevel.Warn);
        CheckFamilies(full, dbOptions);
        var (families, familyOptions) = Families(options);
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
                DisposeAll(familyOptions);
                throw RocksErrors.Translate(e, full, "open read-only");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DisposeAll(familyOptions);
                throw new StorageException($"cannot open the store at {full} read-only: {e.Message}", e);
            }
        }

        var store = new StoreDatabase(full, db, new WriteOptions(), familyOptions, options, secondary);
        try
        {
            store.CheckVersion(existed: true);
            if (mayCompleteWrites && IndexFileCommit.IsPending(store) && CompleteInterruptedWrite(full, options))
            {
                // The view opened before the interrupted write was completed: open a new one that sees all of it.
                store.Dispose();
                return OpenReadOnly(full, exists, options, mayCompleteWrites: false);
            }

            store.WaitForPendingIngestion();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    // A write whose index files were being ingested when its writer died leaves a record that only a writable open
    // acts on. When no writer holds the store (it crashed, or was killed), a reader completes that write itself, as
    // the writer's next run would: the batch was committed, and readers would otherwise be refused until then.
    // False when a writer is alive (it finishes the ingestion itself) or the store cannot be opened for writing.
    private static bool CompleteInterruptedWrite(string full, QuadStoreOptions options)
    {
        try
        {
            using var writer = Open(full, options with { ReadOnly = false, CreateIfMissing = false });
            return true;
        }
        catch (StorageException)
        {
            return false;
        }
    }

    private static (ColumnFamilies Families, Dictionary<string, ColumnFamilyOptions> Options) Families(QuadStoreOptions options)
    {
        var families = new ColumnFamilies();
        var byName = new Dictionary<string, ColumnFamilyOptions>(StringComparer.Ordinal);
        // Every family's table options keep a reference to the shared cache; this one is not needed afterwards.
        using var cache = Cache.CreateLru((ulong)options.BlockCacheBytes);
        foreach (string name in FamilyNames)
        {
            byName[name] = FamilyOptions(name, options, cache);
            families.Add(name, byName[name]);
        }

        return (families, byName);
    }

    // A secondary instance that opened between a batch's record and the end of its ingestion holds part of the
    // batch: catch up with the writer until the ingestion is over.
    private void WaitForPendingIngestion()
    {
        for (int attempt = 0; IndexFileCommit.IsPending(this); attempt++)
        {
            if (attempt == 30)
            {
                throw new StorageException(
                    $"store at {Directory} holds a write that was interrupted while its indexes were being updated; " +
                    "opening it for writing (any kg load, ingest or update) completes it");
            }

            Thread.Sleep(100);
            try
            {
                Db.TryCatchUpWithPrimary();
            }
            catch (RocksDbException e)
            {
                throw RocksErrors.Translate(e, Directory, "open read-only");
            }
        }
    }

    private static void DisposeAll(Dictionary<string, ColumnFamilyOptions> familyOptions)
    {
        foreach (var options in familyOptions.Values)
        {
            options.Dispose();
        }
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

    // Flushes (L0) are rewritten soon anyway: compressing them costs a write CPU for nothing. With dynamic level
    // sizes, entry 1 applies to the level L0 is merged into, which in a store of this size is the last one and holds
    // nearly everything: left uncompressed, a compacted store took twice the disk.
    private static readonly Compression[] LevelCompression =
        [Compression.No, Compression.Lz4, Compression.Lz4, Compression.Lz4, Compression.Lz4, Compression.Lz4, Compression.Lz4];

    private static readonly HashSet<string> PointLookupFamilies =
        new([QuadIndex.Spog.Name, QuadIndex.Dspo.Name, Id2TermFamily, StatsFamily], StringComparer.Ordinal);

    private static ColumnFamilyOptions FamilyOptions(string name, QuadStoreOptions options, Cache cache)
    {
        // The table factory is made from a copy of these options, and it owns the filter policy from here on.
        using var table = new BlockBasedTableOptions()
            .SetBlockCache(cache)
            .SetBlockSize(16 * 1024)
            .SetFormatVersion(5)
            .SetCacheIndexAndFilterBlocks(true)
            .SetPinL0FilterAndIndexBlocksInCache(true);

        // Whole-key Bloom filters serve point lookups only: quad existence checks (spog, dspo), dictionary entries
        // and counters. The other indexes are only ever range-scanned, and building their filters was a tenth of
        // the CPU of writing their table files.
        if (PointLookupFamilies.Contains(name))
        {
            table.SetFilterPolicy(BloomFilterPolicy.Create(10));
        }

        var cf = new ColumnFamilyOptions()
            .SetBlockBasedTableFactory(table)
            .SetCompression(Compression.Lz4)
            .SetCompressionPerLevel(LevelCompression, (ulong)LevelCompression.Length)
            .SetLevelCompactionDynamicLevelBytes(true)
            .SetWriteBufferSize((ulong)FamilyWriteBuffer(options))
            .SetMaxWriteBufferNumber(3)
            .SetTargetFileSizeBase(64UL << 20)
            .SetMemtablePrefixBloomSizeRatio(0.05)
            // A whole-key Bloom filter in the memtables lets existence checks of new quads skip the skip-list search.
            .SetMemtableWholeKeyFiltering(true);
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

    /// <summary>Makes a large batch's commit stop after this many index files were ingested, as a crash would (tests).</summary>
    internal int IngestionsBeforeFailureForTesting { get; set; } = -1;

    /// <summary>Makes every write fail as an I/O error would (for tests where no real fault can be caused).</summary>
    internal bool FailWritesForTesting { get; set; }

    /// <summary>
    /// Opens the read index when it copies the store's current state (for a read-only instance: the state it opened
    /// with); a writable store deletes a stale or damaged one.
    /// </summary>
    public void AttachReadIndex(TermCache terms)
    {
        _openSequence = Db.LatestSequenceNumber;
        if (!ReadOnly)
        {
            // What an interrupted write of the index left.
            ReadIndex.DeleteUnfinished(Directory);
        }

        _readIndexFilePresent = File.Exists(ReadIndex.PathIn(Directory));
        if (!_readIndexFilePresent)
        {
            return;
        }

        _readIndex = ReadIndex.TryOpen(Directory, _openSequence, terms);
        if (_readIndex is null && !ReadOnly)
        {
            ReadIndex.Delete(Directory);
            _readIndexFilePresent = false;
        }
    }

    /// <summary>The read index for a view of the state after <paramref name="sequence"/>, if it copies that state.</summary>
    public ReadIndex? ReadIndexAt(ulong sequence) => _readIndex is { } index && index.Sequence == sequence ? index : null;

    /// <summary>The read index for this read-only instance's fixed view, if it copies it.</summary>
    public ReadIndex? ReadIndexOfFixedView() => ReadOnly ? ReadIndexAt(_openSequence) : null;

    /// <summary>
    /// Writes the read index of the current state and uses it from now on. The caller holds the write lock, so no
    /// write lands while it is written.
    /// </summary>
    public void WriteReadIndex(TermCache terms, CancellationToken cancellationToken)
    {
        using var snapshot = OutsideCommitWindow(Db.CreateSnapshot);
        try
        {
            _readIndexFilePresent = true;
            ReadIndex.Write(this, snapshot, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReadIndex.Delete(Directory);
            throw new StorageException($"store at {Directory}: cannot write the read index: {e.Message}", e);
        }
        catch
        {
            ReadIndex.Delete(Directory);
            throw;
        }

        var written = ReadIndex.TryOpen(Directory, snapshot.SequenceNumber, terms)
            ?? throw new StorageException($"store at {Directory}: the read index just written does not read back");
        ReplaceReadIndex(written);
    }

    // Before any write: the read index no longer copies the store.
    private void RetireReadIndex()
    {
        if (_readIndexFilePresent)
        {
            ReplaceReadIndex(null);
            ReadIndex.Delete(Directory);
            _readIndexFilePresent = false;
        }
    }

    private void ReplaceReadIndex(ReadIndex? next)
    {
        lock (_retiredReadIndexes)
        {
            if (_readIndex is { } previous)
            {
                _retiredReadIndexes.Add(previous);
            }

            _readIndex = next;
        }
    }

    public void Write(WriteBatch batch, bool sync = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ReadOnly)
        {
            throw new StorageException($"store at {Directory} is open read-only");
        }

        RetireReadIndex();

        if (_mustReopen)
        {
            throw new StorageException($"store at {Directory}: an earlier write could not be completed; reopen the store to complete it");
        }

        if (FailWritesForTesting)
        {
            throw new StorageException($"store at {Directory}: write failed: simulated I/O error");
        }

        try
        {
            Db.Write(batch, sync ? _syncedWrite : WriteOptions);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "write");
        }
    }

    /// <summary>Reads a key of the default column family (store metadata).</summary>
    public byte[]? Get(byte[] key)
    {
        try
        {
            return Db.Get(key, Meta);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "read");
        }
    }

    /// <summary>Removes a key of the default column family (store metadata).</summary>
    public void Remove(byte[] key)
    {
        try
        {
            Db.Remove(key, Meta, WriteOptions);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, Directory, "write");
        }
    }

    /// <summary>After a write that committed but could not finish: later writes are refused until the store is reopened.</summary>
    public void RequireReopen() => _mustReopen = true;

    public void EnterCommitWindow() => _commitWindow.EnterWriteLock();

    public void ExitCommitWindow() => _commitWindow.ExitWriteLock();

    /// <summary>Runs <paramref name="read"/> (taking a snapshot or a checkpoint) outside any index file ingestion.</summary>
    public T OutsideCommitWindow<T>(Func<T> read)
    {
        _commitWindow.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _commitWindow.ExitReadLock();
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (!ReadOnly)
            {
                // A compaction still running after a large write would hold up closing for seconds; it is only
                // deferred (the next open resumes it), never lost.
                Db.CancelAllBackgroundWork(wait: true);
            }

            Db.Dispose();
            lock (_retiredReadIndexes)
            {
                _readIndex?.Dispose();
                foreach (var index in _retiredReadIndexes)
                {
                    index.Dispose();
                }
            }

            // Only once the database is closed: it no longer reads its options.
            DisposeAll(_familyOptions);
            WriteOptions.Dispose();
            _syncedWrite.Dispose();
            if (_secondaryDirectory is not null)
            {
                DeleteQuietly(_secondaryDirectory);
            }
        }
    }
}
