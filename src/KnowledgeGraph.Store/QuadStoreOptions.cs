namespace KnowledgeGraph.Store;

/// <summary>How to open a <see cref="QuadStore"/>.</summary>
public sealed record QuadStoreOptions
{
    public static QuadStoreOptions Default { get; } = new();

    /// <summary>Create the directory and an empty store when none exists (default true).</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>
    /// Sync the write-ahead log to disk on every commit. Off by default: a committed change then survives a
    /// process crash (the OS holds the data) but not a power failure.
    /// </summary>
    public bool SyncWrites { get; init; }

    /// <summary>Memory for write buffers (memtables) across all column families, in bytes.</summary>
    public long WriteBufferBytes { get; init; } = 256L << 20;

    /// <summary>Size of the shared block cache for reads, in bytes.</summary>
    public long BlockCacheBytes { get; init; } = 256L << 20;

    /// <summary>
    /// Open for reading only, without the writer's lock, so that it works while another process (or instance) writes:
    /// the store is seen as it was when opened. Writes fail with a <see cref="StorageException"/>.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// New quads in one batch from which the batch's index entries are written as sorted table files and ingested,
    /// rather than inserted into the memtables one by one (much faster for large batches).
    /// </summary>
    public int IndexFileThreshold { get; init; } = 10_000;

    /// <summary>
    /// Threads that sort and write a large batch's index files side by side (1 = on the writing thread only); two
    /// per core by default, since each file ends with a wait for the disk.
    /// </summary>
    public int IndexWriterThreads { get; init; } = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);

    /// <summary>Background threads for flushes and compactions.</summary>
    public int BackgroundThreads { get; init; } = 2;
}
