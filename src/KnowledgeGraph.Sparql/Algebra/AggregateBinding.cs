namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An aggregate computed per group and bound to <see cref="Variable"/>.</summary>
public sealed record AggregateBinding(string Variable, Aggregate Aggregate);
