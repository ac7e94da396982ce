namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>EXISTS or NOT EXISTS of a pattern, evaluated with the current solution substituted.</summary>
public sealed record ExistsExpression(GraphPattern Pattern, bool Negated) : Expression;
