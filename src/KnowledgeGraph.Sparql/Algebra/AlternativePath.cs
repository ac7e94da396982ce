namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>left|right</c>.</summary>
public sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath;
