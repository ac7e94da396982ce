namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>expr IN (...)</c> or <c>expr NOT IN (...)</c>.</summary>
public sealed record InExpression(Expression Operand, IReadOnlyList<Expression> List, bool Negated) : Expression;
