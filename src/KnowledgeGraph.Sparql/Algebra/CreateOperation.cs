using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>CREATE GRAPH.</summary>
public sealed record CreateOperation(bool Silent, Iri Graph) : UpdateOperation;
