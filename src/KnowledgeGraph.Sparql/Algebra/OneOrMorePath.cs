namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>path+</c>.</summary>
public sealed record OneOrMorePath(PropertyPath Path) : PropertyPath;
