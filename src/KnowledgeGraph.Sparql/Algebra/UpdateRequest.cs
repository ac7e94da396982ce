using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A parsed SPARQL 1.1 Update request: its operations run in order.</summary>
public sealed record UpdateRequest(IReadOnlyList<UpdateOperation> Operations, string? BaseIri, PrefixMap Prefixes);
