namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The value of a variable (an error when unbound).</summary>
public sealed record VariableExpression(string Name) : Expression;
