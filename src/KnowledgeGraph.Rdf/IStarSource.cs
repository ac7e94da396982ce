namespace KnowledgeGraph.Rdf;

/// <summary>
/// A quad source that reads several predicates of one subject in one pass over its index: one seek, then steps from
/// one predicate's keys to the next, where separate lookups would seek once per predicate. The SPARQL engine reads a
/// run of triple patterns on one bound subject with constant predicates (a star) through it.
/// </summary>
public interface IStarSource
{
    /// <summary>
    /// For each predicate, in the order given, the quads that match (subject, predicate, any object, graph), exactly
    /// as <see cref="IQuadSource.Match"/> would give them; the graph position has the same meaning there. Each may be
    /// enumerated more than once; a predicate with many matches may be read anew each time, as a match would be.
    /// </summary>
    IEnumerable<Quad>[] MatchStar(Term subject, IReadOnlyList<Term> predicates, Term? graph, CancellationToken cancellationToken = default);
}
