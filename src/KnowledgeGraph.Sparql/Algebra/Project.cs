namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Restricts each solution to the listed variables.</summary>
public sealed record Project(GraphPattern Inner, IReadOnlyList<string> Variables) : GraphPattern;
