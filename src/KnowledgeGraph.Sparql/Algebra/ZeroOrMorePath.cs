namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path*</c>.</summary>
public sealed record ZeroOrMorePath(PropertyPath Path) : PropertyPath;
