namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Keeps the solutions of <see cref="Inner"/> whose effective boolean value of the condition is true.</summary>
public sealed record Filter(Expression Condition, GraphPattern Inner) : GraphPattern;
