using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>Options of <see cref="GraphPusher"/>.</summary>
public sealed record PushOptions
{
    public static PushOptions Default { get; } = new();

    /// <summary>
    /// Triples per request. The first chunk of a graph is PUT (replacing the remote graph), the others are POSTed.
    /// Virtuoso 7.2 was seen to hang on single requests of ~1M triples; 100k-triple chunks were reliable.
    /// </summary>
    public int ChunkSize { get; init; } = 100_000;

    /// <summary>
    /// Triples in a graph's first request, the PUT, when it is cut before the input ends (at most <see cref="ChunkSize"/>).
    /// The POSTs, which may run in parallel, wait for the PUT, so a small one lets them start sooner.
    /// </summary>
    public int PutChunkSize { get; init; } = 10_000;

    /// <summary>
    /// How many requests are in flight at once, across graphs (a graph's POSTs wait for its PUT). Two keep a server
    /// busy while the next body is prepared; measured on Virtuoso 7.2 in bench/push.
    /// </summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>The remote graph for quads in the default graph; null makes such quads an error for that graph.</summary>
    public Iri? DefaultGraphTarget { get; init; }

    /// <summary>
    /// The longest N-Triples line, in UTF-8 bytes with its line feed, sent in a Graph Store body; 0 for no limit.
    /// Virtuoso 7.2's Graph Store endpoint rejects a body with a longer line (a literal of about 64 KB) with HTTP 500
    /// "unsupported type text/plain"; 65,535 bytes pass. Triples over the limit are sent with SPARQL Update
    /// (<c>INSERT DATA</c>) instead, which has no such limit, when the pusher has a <see cref="Sparql.SparqlClient"/>.
    /// </summary>
    public int MaxLineBytes { get; init; } = DefaultMaxLineBytes;

    /// <summary>The default <see cref="MaxLineBytes"/>: the longest line Virtuoso 7.2 accepts.</summary>
    public const int DefaultMaxLineBytes = 65_535;

    /// <summary>How often a graph is restarted from its PUT after a transient failure the request retries could not absorb.</summary>
    public int MaxGraphAttempts { get; init; } = 2;
}
