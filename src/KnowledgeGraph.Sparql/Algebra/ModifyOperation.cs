using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>DELETE/INSERT ... WHERE (also DELETE WHERE), with optional WITH and USING clauses.</summary>
public sealed record ModifyOperation(
    Iri? With,
    IReadOnlyList<QuadPattern> Delete,
    IReadOnlyList<QuadPattern> Insert,
    IReadOnlyList<Iri> Using,
    IReadOnlyList<Iri> UsingNamed,
    GraphPattern Where) : UpdateOperation;
