namespace KnowledgeGraph.Rdf;

/// <summary>
/// A quad source that counts the matches of a pattern grouped by one position without building the quads: a store
/// that keeps terms encoded compares encodings and decodes only the distinct group keys. The SPARQL engine uses it
/// for <c>GROUP BY ?x</c> with <c>COUNT</c> over a single triple pattern, and for a <c>COUNT</c> of such a pattern
/// without grouping, when the source offers it.
/// </summary>
public interface IGroupCountSource
{
    /// <summary>
    /// For each distinct term at <paramref name="position"/> (0 subject, 1 predicate, 2 object) among the quads that
    /// <see cref="IQuadSource.Match"/> would return for the pattern, how many of them hold it; in no particular order.
    /// </summary>
    IEnumerable<KeyValuePair<Term, long>> CountByPosition(Term? subject, Term? predicate, Term? obj, Term? graph, int position, CancellationToken cancellationToken = default);

    /// <summary>How many quads <see cref="IQuadSource.Match"/> would return for the pattern.</summary>
    long CountMatches(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default);
}
