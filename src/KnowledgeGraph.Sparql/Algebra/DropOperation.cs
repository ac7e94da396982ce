namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>DROP: removes the target graphs.</summary>
public sealed record DropOperation(bool Silent, GraphTarget Target) : UpdateOperation;
