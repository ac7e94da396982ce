namespace KnowledgeGraph.Cli.Ingest;

/// <summary>How the ingest pipeline runs.</summary>
internal sealed record IngestOptions
{
    /// <summary>Extract+map workers; by default one per core, at most 4 (the writer and reader need a share).</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Articles written per atomic change set at most (each article's graph and hash stay in the same set). Large
    /// sets are written as sorted index files, so fewer, bigger sets cost less; see also <see cref="BatchQuads"/>.
    /// </summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>A change set is written once its articles hold this many quads, even with fewer articles.</summary>
    public int BatchQuads { get; init; } = 500_000;

    /// <summary>
    /// Read, extract, map and write in turn on one thread, with no pipeline: the baseline against which the
    /// parallel pipeline's speed-up is measured, and a simpler run to debug.
    /// </summary>
    public bool SingleThread { get; init; }

    /// <summary>Re-extract articles whose content hash is already in the store.</summary>
    public bool Force { get; init; }
}
