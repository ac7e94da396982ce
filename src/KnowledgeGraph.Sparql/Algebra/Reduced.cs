namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>May remove duplicate solutions (this engine removes adjacent duplicates).</summary>
public sealed record Reduced(GraphPattern Inner) : GraphPattern;
