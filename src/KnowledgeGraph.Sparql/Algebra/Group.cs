namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// GROUP BY and aggregation (section 18.2.4.1): groups the solutions of <see cref="Inner"/> by the keys and yields one
/// solution per group binding each key variable and each aggregate variable. With no keys, all solutions form one group.
/// </summary>
public sealed record Group(GraphPattern Inner, IReadOnlyList<GroupKey> Keys, IReadOnlyList<AggregateBinding> Aggregates) : GraphPattern;
