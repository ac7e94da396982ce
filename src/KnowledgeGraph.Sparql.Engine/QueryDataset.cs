using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine;

/// <summary>
/// An explicit RDF dataset for a query (section 13): the default graph is the merge of <see cref="DefaultGraphs"/>
/// (use <see cref="DefaultGraph.Instance"/> for the store's default graph), and GRAPH ranges over
/// <see cref="NamedGraphs"/> (null: every named graph of the source). It overrides the query's FROM and FROM NAMED.
/// </summary>
public sealed record QueryDataset(IReadOnlyList<Term> DefaultGraphs, IReadOnlyList<Term>? NamedGraphs);
