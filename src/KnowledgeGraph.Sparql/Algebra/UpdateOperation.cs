namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One operation of a SPARQL 1.1 Update request.</summary>
public abstract record UpdateOperation;
