namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One ORDER BY key.</summary>
public sealed record OrderCondition(Expression Expression, bool Descending);
