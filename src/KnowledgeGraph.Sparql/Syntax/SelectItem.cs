using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One projection of a SELECT clause: a variable, or <c>(expression AS variable)</c>.</summary>
internal sealed record SelectItem(string Variable, Expression? Expression, Token At);
