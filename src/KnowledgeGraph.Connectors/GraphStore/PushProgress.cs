namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>Progress of a push: reported after each request and on each retry.</summary>
/// <param name="Graph">The remote graph IRI.</param>
/// <param name="GraphNumber">1-based number of the graph, in order of first appearance in the input.</param>
/// <param name="GraphCount">How many graphs the input has, or has shown so far while it is still being read.</param>
/// <param name="TriplesSent">Triples of this graph acknowledged so far.</param>
/// <param name="GraphTriples">Triples of this graph, or read so far while the input is still being read.</param>
/// <param name="Note">A retry or restart message, or null.</param>
/// <param name="InputRead">Whether the whole input has been read, so that the counts are final.</param>
public sealed record PushProgress(string Graph, int GraphNumber, int GraphCount, long TriplesSent, long GraphTriples, string? Note, bool InputRead = true);
