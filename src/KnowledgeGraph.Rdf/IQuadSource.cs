namespace KnowledgeGraph.Rdf;

/// <summary>
/// The narrow data-access contract that the SPARQL engine, the property-graph projection and writers read through.
/// The in-memory <see cref="InMemoryDataset"/> is the reference implementation; the persistent store implements it too.
/// </summary>
/// <remarks>
/// In every method a null position is a wildcard. For the graph position, <see cref="DefaultGraph.Instance"/> selects
/// the default graph only and null selects every graph, default and named.
/// </remarks>
public interface IQuadSource
{
    /// <summary>All quads that match the pattern, lazily, in no particular order.</summary>
    IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default);

    /// <summary>The names of the named graphs that hold at least one quad.</summary>
    IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default);

    /// <summary>
    /// An estimate of how many quads match, for join ordering. Implementations should answer in O(1) or O(log n);
    /// the default counts, which is exact but slow.
    /// </summary>
    long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph) =>
        Match(subject, predicate, obj, graph).LongCount();

    /// <summary>Whether the quad is present.</summary>
    bool Contains(Quad quad) => Match(quad.Subject, quad.Predicate, quad.Obj, quad.Graph).Any();
}
