namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>OFFSET and LIMIT.</summary>
public sealed record Slice(GraphPattern Inner, long Offset, long? Limit) : GraphPattern;
