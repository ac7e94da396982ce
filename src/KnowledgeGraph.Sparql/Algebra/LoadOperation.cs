using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>LOAD: reads an RDF document into the default graph or <see cref="Into"/>.</summary>
public sealed record LoadOperation(bool Silent, Iri Source, Iri? Into) : UpdateOperation;
