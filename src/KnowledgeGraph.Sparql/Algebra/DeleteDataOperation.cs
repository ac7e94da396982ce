using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>DELETE DATA.</summary>
public sealed record DeleteDataOperation(IReadOnlyList<Quad> Quads) : UpdateOperation;
