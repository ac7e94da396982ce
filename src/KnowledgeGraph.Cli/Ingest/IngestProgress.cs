namespace KnowledgeGraph.Cli.Ingest;

/// <summary>Counters of a running ingest, reported as it goes.</summary>
internal readonly record struct IngestProgress(
    long Read,
    long Extracted,
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

    /// <summary>
    /// Articles through extraction (written or waiting in the change set being gathered), unchanged or failed: what a
    /// progress bar shows, as articles are written a few hundred at a time.
    /// </summary>
    public long Handled => Extracted + Unchanged + Failed;

    /// <summary>Articles handled (written, unchanged or failed) per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Articles through extraction, unchanged or failed, per second.</summary>
    public double HandledRate => Elapsed.TotalSeconds > 0 ? Handled / Elapsed.TotalSeconds : 0;
}
