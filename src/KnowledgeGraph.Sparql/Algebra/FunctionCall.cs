using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A built-in call (<see cref="Name"/> in upper case, e.g. <c>STRLEN</c>, <c>BOUND</c>) or, when <see cref="Function"/>
/// is set, a call of a function by IRI (XSD casts and extension functions).
/// </summary>
public sealed record FunctionCall(string Name, Iri? Function, IReadOnlyList<Expression> Arguments) : Expression;
