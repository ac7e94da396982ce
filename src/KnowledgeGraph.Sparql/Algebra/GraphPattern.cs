namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A node of the SPARQL algebra (section 18.2), the result of translating a group graph pattern.</summary>
public abstract record GraphPattern;
