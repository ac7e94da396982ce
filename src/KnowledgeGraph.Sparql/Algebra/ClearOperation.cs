namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>CLEAR: removes all triples of the target.</summary>
public sealed record ClearOperation(bool Silent, GraphTarget Target) : UpdateOperation;
