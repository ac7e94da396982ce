namespace KnowledgeGraph.Cli.Ingest;

/// <summary>Counters of a running ingest, reported as it goes.</summary>
internal readonly record struct IngestProgress(
    long Read,
    long Written,
    long Unchanged,
    long Failed,
    long Entities,
    long Facts,
    long Quads,
    TimeSpan Elapsed)
{
    /// <summary>Articles handled (written, unchanged or failed) so far.</summary>
    public long Done => Written + Unchanged + Failed;

    /// <summary>Articles handled per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}
