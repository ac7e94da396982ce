using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>INSERT DATA.</summary>
public sealed record InsertDataOperation(IReadOnlyList<Quad> Quads) : UpdateOperation;
