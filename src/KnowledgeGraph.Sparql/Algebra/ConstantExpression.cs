using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An IRI or literal constant.</summary>
public sealed record ConstantExpression(Term Value) : Expression;
