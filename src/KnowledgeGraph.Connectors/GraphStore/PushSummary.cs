namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>The outcome of a push: one row per graph, in graph-name order.</summary>
public sealed record PushSummary(IReadOnlyList<GraphPushResult> Graphs, TimeSpan Elapsed)
{
    public long Triples => Graphs.Sum(g => g.Triples);

    public int Failed => Graphs.Count(g => !g.Succeeded);

    /// <summary>Triples of the graphs that succeeded, per second of the whole push.</summary>
    public double TriplesPerSecond => Elapsed.TotalSeconds > 0 ? Graphs.Where(g => g.Succeeded).Sum(g => g.Triples) / Elapsed.TotalSeconds : 0;
}
