namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>GRAPH: evaluates <see cref="Inner"/> with a named graph (a constant, or each named graph bound to a variable) as the active graph.</summary>
public sealed record Graph(PatternTerm Name, GraphPattern Inner) : GraphPattern;
