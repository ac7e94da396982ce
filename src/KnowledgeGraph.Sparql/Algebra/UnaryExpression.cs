namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A unary operator applied to an expression.</summary>
public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;
