using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A single predicate.</summary>
public sealed record PredicatePath(Iri Predicate) : PropertyPath;
