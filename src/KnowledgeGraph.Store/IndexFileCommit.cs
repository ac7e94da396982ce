using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>
/// Commits a large batch by writing its index entries as sorted table files and ingesting them, instead of
/// inserting every key into the memtables: those inserts (and the write-ahead log and later flush of the same
/// keys) are most of the cost of a big write, while a file of sorted keys is written once, sequentially, and one
/// index's file can be built while another's is sorted.
/// </summary>
/// <remarks>
/// RocksDB ingests files one column family at a time, so atomicity across the indexes comes from a record of the
/// pending files: the batch's other changes (dictionary entries, counters, deletions) and that record are written
/// first, in one synced write batch; then every index's file is ingested; then the record is removed. A store
/// opened for writing after a crash in between ingests what the record still lists (roll forward), so it holds
/// whole batches only. In-process snapshots and backups are not taken while files are being ingested.
/// </remarks>
internal static class IndexFileCommit
{
    /// <summary>Folder inside the store directory where table files wait for ingestion.</summary>
    public const string StagingFolder = "kg-staging";

    private static readonly byte[] PendingKey = "kg:pending-index-files"u8.ToArray();
    private static readonly EnvOptions FileEnvironment = new();
    private static readonly IngestExternalFileOptions MoveIntoStore = new IngestExternalFileOptions().SetMoveFiles(true);

    /// <summary>Sorted keys of one column family (an index, or the dictionary) in a table file, ready for ingestion.</summary>
    public sealed record IndexFile(string Family, string Path);

    /// <summary>
    /// Writes one table file per index for the batch's new quads (each index's keys sorted; quads distinct) and one
    /// for its new dictionary entries (ids distinct), using up to <see cref="StoreDatabase.IndexWriterThreads"/>
    /// threads. The dictionary's file comes first, so that it is ingested before any index that uses its ids.
    /// Files of a failed call are deleted.
    /// </summary>
    public static List<IndexFile> WriteFiles(StoreDatabase db, ReadOnlySpan<EncodedQuad> named, ReadOnlySpan<EncodedQuad> defaults, List<(EncodedTerm Id, byte[] Value)> terms)
    {
        string staging = Path.Combine(db.Directory, StagingFolder);
        string batch = Guid.NewGuid().ToString("N");
        var jobs = new List<(string Family, Action<string> Write)>();
        if (terms.Count > 0)
        {
            jobs.Add((StoreDatabase.Id2TermFamily, path => WriteDictionaryFile(db, terms, path)));
        }

        using var namedSorter = named.Length > 0 ? new KeySorter(named) : null;
        using var defaultSorter = defaults.Length > 0 ? new KeySorter(defaults) : null;
        foreach (var (sorter, indexes) in new[] { (namedSorter, QuadIndex.Named), (defaultSorter, QuadIndex.Default) })
        {
            if (sorter is not null)
            {
                jobs.AddRange(indexes.Select(index => (index.Name, (Action<string>)(path => WriteIndexFile(db, index, sorter, path)))));
            }
        }

        var files = jobs.Select(j => new IndexFile(j.Family, Path.Combine(staging, $"{batch}-{j.Family}.sst"))).ToList();
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.For(
                0,
                jobs.Count,
                new ParallelOptions { MaxDegreeOfParallelism = db.IndexWriterThreads },
                i => jobs[i].Write(files[i].Path));
        }
        catch (Exception e)
        {
            DeleteFiles(files);
            var inner = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e;
            throw inner switch
            {
                StorageException storage => storage,
                RocksDbException rocks => RocksErrors.Translate(rocks, db.Directory, "write index files"),
                IOException or UnauthorizedAccessException => new StorageException($"store at {db.Directory}: cannot write index files: {inner.Message}", inner),
                _ => inner,
            };
        }

        return files;
    }

    private static unsafe void WriteIndexFile(StoreDatabase db, QuadIndex index, KeySorter sorter, string path)
    {
        using var writer = new SstFileWriter(FileEnvironment, db.FamilyOptions(index.Name));
        writer.Open(path);
        using var sorted = sorter.Sort(index);
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        byte empty = 0;
        fixed (byte* k = key)
        {
            for (int n = 0; n < sorted.Count; n++)
            {
                int length = sorted.WriteKey(n, key);
                writer.Put(k, (nuint)length, &empty, 0);
            }
        }

        writer.Finish();
    }

    private static unsafe void WriteDictionaryFile(StoreDatabase db, List<(EncodedTerm Id, byte[] Value)> terms, string path)
    {
        // Ids compare like their bytes: type, then the two halves big-endian.
        var sorted = terms.ToArray();
        Array.Sort(sorted, static (a, b) => a.Id.Type != b.Id.Type ? a.Id.Type.CompareTo(b.Id.Type) : a.Id.Hi != b.Id.Hi ? a.Id.Hi.CompareTo(b.Id.Hi) : a.Id.Lo.CompareTo(b.Id.Lo));
        using var writer = new SstFileWriter(FileEnvironment, db.FamilyOptions(StoreDatabase.Id2TermFamily));
        writer.Open(path);
        Span<byte> key = stackalloc byte[EncodedTerm.Size];
        fixed (byte* k = key)
        {
            foreach (var (id, value) in sorted)
            {
                id.WriteTo(key);
                fixed (byte* v = value)
                {
                    writer.Put(k, EncodedTerm.Size, v, (nuint)value.Length);
                }
            }
        }

        writer.Finish();
    }

    /// <summary>
    /// Writes <paramref name="batch"/> with the record of <paramref name="files"/>, ingests the files and removes the
    /// record. Once the batch is written the change counts as committed: a failure after that leaves the record for
    /// the next writable open to finish, and the exception says so.
    /// </summary>
    public static void Commit(StoreDatabase db, WriteBatch batch, IReadOnlyList<IndexFile> files)
    {
        string record = string.Join('\n', files.Select(f => f.Family + "\t" + Path.GetFileName(f.Path)));
        batch.Put(PendingKey, System.Text.Encoding.UTF8.GetBytes(record), db.Meta);
        db.EnterCommitWindow();
        try
        {
            try
            {
                db.Write(batch, sync: true);
            }
            catch
            {
                DeleteFiles(files);
                throw;
            }

            try
            {
                for (int i = 0; i < files.Count; i++)
                {
                    if (i == db.IngestionsBeforeFailureForTesting)
                    {
                        throw new StorageException($"store at {db.Directory}: ingest index files failed: simulated crash");
                    }

                    Ingest(db, db.Db.GetColumnFamily(files[i].Family), files[i].Path);
                }

                db.Remove(PendingKey);
            }
            catch (StorageException e)
            {
                db.RequireReopen();
                throw new StorageException(
                    $"{e.Message}; the change was committed and is completed when the store is next opened for writing", e);
            }
        }
        finally
        {
            db.ExitCommitWindow();
        }
    }

    /// <summary>At a writable open: finishes an ingestion a crash interrupted and deletes files no record lists.</summary>
    public static void Recover(StoreDatabase db)
    {
        var record = db.Get(PendingKey);
        if (record is not null)
        {
            string staging = Path.Combine(db.Directory, StagingFolder);
            foreach (var line in System.Text.Encoding.UTF8.GetString(record).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                if (parts.Length != 2 || !StoreDatabase.FamilyNames.Contains(parts[0]))
                {
                    throw new StoreCorruptedException($"store at {db.Directory} is corrupted: a pending write names an unknown column family in \"{line}\"");
                }

                // Ingestion moves a file into the store; a file that is gone was ingested before the crash.
                string path = Path.Combine(staging, parts[1]);
                if (File.Exists(path))
                {
                    Ingest(db, db.Db.GetColumnFamily(parts[0]), path);
                }
            }

            db.Remove(PendingKey);
        }

        DeleteStaging(db.Directory);
    }

    /// <summary>
    /// Whether a read-only view caught the store between a batch's record and the end of its ingestion (the view
    /// would hold part of that batch).
    /// </summary>
    public static bool IsPending(StoreDatabase db) => db.Get(PendingKey) is not null;

    private static void Ingest(StoreDatabase db, ColumnFamilyHandle family, string path)
    {
        try
        {
            db.Db.IngestExternalFiles([path], MoveIntoStore, family);
        }
        catch (RocksDbException e)
        {
            throw RocksErrors.Translate(e, db.Directory, "ingest index files");
        }
    }

    private static void DeleteFiles(IEnumerable<IndexFile> files)
    {
        foreach (var file in files)
        {
            try
            {
                File.Delete(file.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next writable open, which empties the staging folder.
            }
        }
    }

    private static void DeleteStaging(string directory)
    {
        string staging = Path.Combine(directory, StagingFolder);
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Stray files cost space only; the next writable open tries again.
        }
    }
}
