using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A parsed and translated SPARQL query. <see cref="Pattern"/> is the full algebra expression including solution
/// modifiers (for SELECT the top is the projection and slice). Create with
/// <see cref="Syntax.SparqlParser.ParseQuery(string, Syntax.SparqlParserOptions?)"/>.
/// </summary>
public sealed record Query(
    QueryForm Form,
    GraphPattern Pattern,
    IReadOnlyList<string> Variables,
    IReadOnlyList<TriplePattern> Template,
    IReadOnlyList<PatternTerm> DescribeTerms,
    IReadOnlyList<Iri>? DefaultGraphs,
    IReadOnlyList<Iri>? NamedGraphs,
    string? BaseIri,
    PrefixMap Prefixes)
{
    /// <summary>True when the query has FROM or FROM NAMED clauses, which replace the store's dataset.</summary>
    public bool HasDatasetClause => DefaultGraphs is not null || NamedGraphs is not null;
}
