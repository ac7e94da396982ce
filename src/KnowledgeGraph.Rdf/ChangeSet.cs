namespace KnowledgeGraph.Rdf;

/// <summary>
/// A batch of changes applied atomically by <see cref="IQuadStore.Apply"/>, in this order: clear everything (if
/// <see cref="ClearAll"/>), clear the listed graphs, delete quads, insert quads. Replacing an article's graph is one
/// change set that clears the graph and inserts its new quads.
/// </summary>
public sealed class ChangeSet
{
    public bool ClearAll { get; set; }

    /// <summary>Graphs to empty before deletions and insertions (<see cref="DefaultGraph.Instance"/> is allowed).</summary>
    public List<Term> ClearedGraphs { get; } = [];

    public List<Quad> Deletions { get; } = [];

    public List<Quad> Insertions { get; } = [];

    public bool IsEmpty => !ClearAll && ClearedGraphs.Count == 0 && Deletions.Count == 0 && Insertions.Count == 0;

    /// <summary>A change set that replaces the contents of <paramref name="graph"/> with <paramref name="quads"/>.</summary>
    public static ChangeSet ReplaceGraph(Term graph, IEnumerable<Quad> quads)
    {
        var changes = new ChangeSet();
        changes.ClearedGraphs.Add(graph);
        foreach (var q in quads)
        {
            changes.Insertions.Add(q.Graph.Equals(graph) ? q : q with { Graph = graph });
        }

        return changes;
    }

    /// <summary>A change set that inserts <paramref name="quads"/>.</summary>
    public static ChangeSet Insert(IEnumerable<Quad> quads)
    {
        var changes = new ChangeSet();
        changes.Insertions.AddRange(quads);
        return changes;
    }
}
