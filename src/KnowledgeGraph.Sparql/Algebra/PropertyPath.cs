namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path expression (section 9).</summary>
public abstract record PropertyPath;
