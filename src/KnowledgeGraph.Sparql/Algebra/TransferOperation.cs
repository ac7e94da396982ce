namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>ADD, MOVE or COPY from one graph to another (each a named graph or the default graph).</summary>
public sealed record TransferOperation(TransferKind Kind, bool Silent, GraphTarget From, GraphTarget To) : UpdateOperation;
