namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Removes duplicate solutions.</summary>
public sealed record Distinct(GraphPattern Inner) : GraphPattern;
