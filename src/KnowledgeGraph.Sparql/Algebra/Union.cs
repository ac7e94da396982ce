namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The solutions of both sides.</summary>
public sealed record Union(GraphPattern Left, GraphPattern Right) : GraphPattern;
