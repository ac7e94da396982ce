namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A grouping expression and the variable that holds its value (an internal name for unnamed expressions).</summary>
public sealed record GroupKey(Expression Expression, string Variable);
