namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>The outcome of pushing one graph.</summary>
/// <param name="Graph">The remote graph IRI (or the local name when it has no remote name).</param>
/// <param name="Triples">Triples in the local graph.</param>
/// <param name="Requests">HTTP requests that succeeded (PUT + POSTs).</param>
/// <param name="Bytes">N-Triples bytes sent in successful requests.</param>
/// <param name="Elapsed">Time spent on this graph.</param>
/// <param name="Error">Null on success; otherwise why it failed, naming the graph and the remote status.</param>
public sealed record GraphPushResult(string Graph, long Triples, int Requests, long Bytes, TimeSpan Elapsed, string? Error)
{
    public bool Succeeded => Error is null;
}
