namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A SPARQL expression (section 17).</summary>
public abstract record Expression;
