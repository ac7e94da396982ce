namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Join of two patterns: every compatible pair of solutions, merged.</summary>
public sealed record Join(GraphPattern Left, GraphPattern Right) : GraphPattern;
