using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>The triples of one request; with blank nodes a repeated POST would duplicate them.</summary>
internal sealed record Chunk(List<Triple> Triples, bool HasBlankNodes);
