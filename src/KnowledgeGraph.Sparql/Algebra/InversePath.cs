namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>^path</c>.</summary>
public sealed record InversePath(PropertyPath Path) : PropertyPath;
