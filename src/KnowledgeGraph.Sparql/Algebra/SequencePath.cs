namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>left/right</c>.</summary>
public sealed record SequencePath(PropertyPath Left, PropertyPath Right) : PropertyPath;
