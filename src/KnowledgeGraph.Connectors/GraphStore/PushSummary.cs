namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>The outcome of a push: one row per graph, in graph-name order.</summary>
/// <param name="Graphs">The graphs read, each with its outcome.</param>
/// <param name="Elapsed">The whole push, reading included.</param>
/// <param name="InputError">What stopped reading the input early (a syntax error with its position, a read error), or null when it was read to the end.</param>
public sealed record PushSummary(IReadOnlyList<GraphPushResult> Graphs, TimeSpan Elapsed, Exception? InputError = null)
{
    public long Triples => Graphs.Sum(g => g.Triples);

    public int Failed => Graphs.Count(g => !g.Succeeded);

    /// <summary>Triples of the graphs that succeeded, per second of the whole push.</summary>
    public double TriplesPerSecond => Elapsed.TotalSeconds > 0 ? Graphs.Where(g => g.Succeeded).Sum(g => g.Triples) / Elapsed.TotalSeconds : 0;
}
