using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Inline data (VALUES); a null cell is UNDEF.</summary>
public sealed record Values(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows) : GraphPattern;
