namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Sorts the solutions by the conditions, in order.</summary>
public sealed record OrderBy(GraphPattern Inner, IReadOnlyList<OrderCondition> Conditions) : GraphPattern;
