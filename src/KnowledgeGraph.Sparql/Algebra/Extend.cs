namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>BIND or a SELECT expression: binds <see cref="Variable"/> to the value of the expression (unbound on error).</summary>
public sealed record Extend(GraphPattern Inner, string Variable, Expression Expression) : GraphPattern;
