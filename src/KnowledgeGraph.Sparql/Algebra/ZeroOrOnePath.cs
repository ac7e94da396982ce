namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path?</c>.</summary>
public sealed record ZeroOrOnePath(PropertyPath Path) : PropertyPath;
