namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>Progress of a push: reported after each request and on each retry.</summary>
/// <param name="Graph">The remote graph IRI.</param>
/// <param name="GraphNumber">1-based number of the graph.</param>
/// <param name="GraphCount">How many graphs the push has.</param>
/// <param name="TriplesSent">Triples of this graph acknowledged so far.</param>
/// <param name="GraphTriples">Triples of this graph.</param>
/// <param name="Note">A retry or restart message, or null.</param>
public sealed record PushProgress(string Graph, int GraphNumber, int GraphCount, long TriplesSent, long GraphTriples, string? Note);
