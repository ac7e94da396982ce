using KnowledgeGraph.Store.Encoding;
using RocksDbSharp;

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

    /// <summary>One index's sorted keys in a table file, ready for ingestion into the index's column family.</summary>
    public sealed record IndexFile(QuadIndex Index, string Path);

    /// <summary>
    /// Writes one table file per index for the batch's new quads (each index's keys sorted; quads distinct), using
    /// up to <see cref="StoreDatabase.IndexWriterThreads"/> threads. Files of a failed call are deleted.
    /// </summary>
    public static List<IndexFile> WriteFiles(StoreDatabase db, EncodedQuad[] named, EncodedQuad[] defaults)
    {
        string staging = Path.Combine(db.Directory, StagingFolder);
        string batch = Guid.NewGuid().ToString("N");
        var jobs = new List<(QuadIndex Index, KeySorter Sorter)>();
        if (named.Length > 0)
        {
            var sorter = new KeySorter(named);
            jobs.AddRange(QuadIndex.Named.Select(i => (i, sorter)));
        }

        if (defaults.Length > 0)
        {
            var sorter = new KeySorter(defaults);
            jobs.AddRange(QuadIndex.Default.Select(i => (i, sorter)));
        }

        var files = jobs.Select(j => new IndexFile(j.Index, Path.Combine(staging, $"{batch}-{j.Index.Name}.sst"))).ToList();
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.For(
                0,
                jobs.Count,
                new ParallelOptions { MaxDegreeOfParallelism = db.IndexWriterThreads },
                i => WriteFile(db, jobs[i].Index, jobs[i].Sorter, files[i].Path));
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

    private static unsafe void WriteFile(StoreDatabase db, QuadIndex index, KeySorter sorter, string path)
    {
        using var writer = new SstFileWriter(FileEnvironment, db.FamilyOptions(index));
        Native.Instance.rocksdb_sstfilewriter_open(writer.Handle, path);
        var order = sorter.Sort(index);
        Span<byte> key = stackalloc byte[4 * EncodedTerm.Size];
        byte empty = 0;
        fixed (byte* k = key)
        {
            foreach (int i in order)
            {
                int length = index.WriteKey(sorter[i], key);
                Native.Instance.rocksdb_sstfilewriter_put(writer.Handle, k, (UIntPtr)length, &empty, UIntPtr.Zero);
            }
        }

        Native.Instance.rocksdb_sstfilewriter_finish(writer.Handle);
    }

    /// <summary>
    /// Writes <paramref name="batch"/> with the record of <paramref name="files"/>, ingests the files and removes the
    /// record. Once the batch is written the change counts as committed: a failure after that leaves the record for
    /// the next writable open to finish, and the exception says so.
    /// </summary>
    public static void Commit(StoreDatabase db, WriteBatch batch, IReadOnlyList<IndexFile> files)
    {
        string record = string.Join('\n', files.Select(f => f.Index.Name + "\t" + Path.GetFileName(f.Path)));
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

                    Ingest(db, db.Family(files[i].Index), files[i].Path);
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
                var index = QuadIndex.All.FirstOrDefault(i => i.Name == parts[0])
                    ?? throw new StoreCorruptedException($"store at {db.Directory} is corrupted: a pending write names an unknown index \"{parts[0]}\"");
                string path = Path.Combine(staging, parts[1]);

                // Ingestion moves a file into the store; a file that is gone was ingested before the crash.
                if (File.Exists(path))
                {
                    Ingest(db, db.Family(index), path);
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
