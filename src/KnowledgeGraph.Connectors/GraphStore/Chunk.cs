using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>The N-Triples body of one request; with blank nodes a repeated POST would duplicate them.</summary>
internal sealed record Chunk(ReadOnlyMemory<byte> Body, int Triples, bool HasBlankNodes)
{
    public static Chunk Of(NTriplesBody body, bool hasBlankNodes) => new(body.Written, body.Count, hasBlankNodes);

    public static Chunk Of(IReadOnlyList<Triple> triples, bool hasBlankNodes) => new(NTriplesBody.Serialize(triples), triples.Count, hasBlankNodes);
}
