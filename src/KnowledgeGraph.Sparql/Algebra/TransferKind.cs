namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>ADD, MOVE or COPY.</summary>
public enum TransferKind
{
    Add,
    Move,
    Copy,
}
