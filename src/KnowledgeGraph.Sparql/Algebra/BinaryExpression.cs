namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A binary operator applied to two expressions.</summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;
