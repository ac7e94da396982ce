namespace KnowledgeGraph.Rdf;

/// <summary>Convenience operations over the data-access contract.</summary>
public static class QuadStoreExtensions
{
    /// <summary>Every quad in every graph.</summary>
    public static IEnumerable<Quad> AllQuads(this IQuadSource source, CancellationToken cancellationToken = default) =>
        source.Match(null, null, null, null, cancellationToken);

    /// <summary>The quads of one graph, as triples.</summary>
    public static IEnumerable<Triple> Triples(this IQuadSource source, Term graph, CancellationToken cancellationToken = default) =>
        source.Match(null, null, null, graph, cancellationToken).Select(q => q.Triple);

    /// <summary>Inserts quads in one atomic change.</summary>
    public static void Add(this IQuadStore store, IEnumerable<Quad> quads) => store.Apply(ChangeSet.Insert(quads));

    /// <summary>Replaces one graph's contents atomically.</summary>
    public static void ReplaceGraph(this IQuadStore store, Term graph, IEnumerable<Quad> quads) =>
        store.Apply(ChangeSet.ReplaceGraph(graph, quads));
}
