namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An aggregate as written in SELECT, HAVING or ORDER BY; translation replaces it by a variable of <see cref="Group"/>.</summary>
public sealed record AggregateExpression(Aggregate Aggregate) : Expression;
