namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Left solutions that have no compatible right solution sharing a variable.</summary>
public sealed record Minus(GraphPattern Left, GraphPattern Right) : GraphPattern;
