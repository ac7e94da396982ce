using System.Diagnostics;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// Copies named graphs to a Graph Store endpoint, replacing each remote graph of the same name, so that pushing
/// again gives the same remote state. Each graph goes as one PUT followed by POSTs of further chunks.
/// </summary>
/// <remarks>
/// A graph larger than one chunk is not replaced atomically: between its PUT and its last POST the remote graph
/// holds part of the data, and a failure leaves it partial (the result reports it; pushing again repairs it,
/// because the PUT replaces what was there). Other graphs are never touched.
/// </remarks>
public sealed class GraphPusher
{
    private readonly GraphStoreClient _client;
    private readonly PushOptions _options;

    public GraphPusher(GraphStoreClient client, PushOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? PushOptions.Default;
    }

    /// <summary>Groups the quads by graph and pushes each graph; a failed graph is reported and the next one is tried.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; graphs already pushed stay pushed.</exception>
    public async Task<PushSummary> PushAsync(IEnumerable<Quad> quads, IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var clock = Stopwatch.StartNew();
        var graphs = new Dictionary<Term, List<Triple>>();
        foreach (var q in quads)
        {
            var key = q.Graph is DefaultGraph && _options.DefaultGraphTarget is { } target ? target : q.Graph;
            if (!graphs.TryGetValue(key, out var list))
            {
                list = [];
                graphs[key] = list;
            }

            list.Add(q.Triple);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var ordered = graphs.Keys.Order(TermComparer.Instance).ToList();
        var results = new List<GraphPushResult>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            var name = ordered[i];
            var triples = graphs[name];
            if (name is not Iri iri)
            {
                string what = name is DefaultGraph ? "the default graph" : "graph " + name;
                results.Add(new GraphPushResult(name is DefaultGraph ? "(default graph)" : name.ToString(), triples.Count, 0, 0, TimeSpan.Zero,
                    $"{what} has no IRI to address it remotely; give a target graph for default-graph data (--default-graph)"));
                continue;
            }

            results.Add(await PushGraphAsync(iri, triples, i + 1, ordered.Count, progress, cancellationToken).ConfigureAwait(false));
        }

        return new PushSummary(results, clock.Elapsed);
    }

    /// <summary>Replaces one remote graph with the triples.</summary>
    public Task<GraphPushResult> PushGraphAsync(Iri graph, IReadOnlyList<Triple> triples, IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PushGraphAsync(graph, triples, 1, 1, progress, cancellationToken);

    private async Task<GraphPushResult> PushGraphAsync(
        Iri graph,
        IReadOnlyList<Triple> triples,
        int number,
        int count,
        IProgress<PushProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var chunks = ChunkPlanner.Plan(triples, _options.ChunkSize);
        int attempts = Math.Max(1, _options.MaxGraphAttempts);
        for (int attempt = 1; ; attempt++)
        {
            long sent = 0;
            long bytes = 0;
            int requests = 0;
            int current = 0;
            try
            {
                progress?.Report(new PushProgress(graph.Value, number, count, 0, triples.Count, attempt > 1 ? $"restarting (attempt {attempt} of {attempts})" : null));
                var first = chunks.Count > 0 ? chunks[0] : new Chunk([], false);
                byte[] body = NTriplesBody.Serialize(first.Triples);
                await _client.SendBodyAsync(HttpMethod.Put, graph, body, Label("PUT", 1, chunks.Count), idempotent: true, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref sent, first.Triples.Count);
                Interlocked.Add(ref bytes, body.Length);
                Interlocked.Increment(ref requests);
                progress?.Report(new PushProgress(graph.Value, number, count, sent, triples.Count, null));

                var rest = Enumerable.Range(1, Math.Max(0, chunks.Count - 1));
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(rest, parallel, async (k, ct) =>
                {
                    var chunk = chunks[k];
                    Volatile.Write(ref current, k);
                    byte[] data = NTriplesBody.Serialize(chunk.Triples);
                    await _client.SendBodyAsync(HttpMethod.Post, graph, data, Label("POST", k + 1, chunks.Count), idempotent: !chunk.HasBlankNodes, ct).ConfigureAwait(false);
                    long now = Interlocked.Add(ref sent, chunk.Triples.Count);
                    Interlocked.Add(ref bytes, data.Length);
                    Interlocked.Increment(ref requests);
                    progress?.Report(new PushProgress(graph.Value, number, count, now, triples.Count, null));
                }).ConfigureAwait(false);
                return new GraphPushResult(graph.Value, triples.Count, requests, bytes, clock.Elapsed, null);
            }
            catch (SparqlProtocolException ex) when (ex.IsTransient && attempt < attempts)
            {
                // The request retries gave up, or refused to repeat a chunk with blank nodes that may have been
                // stored: start the graph again from its PUT, which replaces whatever arrived.
                progress?.Report(new PushProgress(graph.Value, number, count, sent, triples.Count, ex.Message));
            }
            catch (SparqlProtocolException ex)
            {
                string partial = sent > 0 ? $" The remote graph may now hold {sent} of {triples.Count} triples; push again to replace it." : "";
                return new GraphPushResult(graph.Value, triples.Count, requests, bytes, clock.Elapsed, ex.Message + partial);
            }
        }
    }

    private static string Label(string method, int chunk, int chunks) => chunks > 1 ? $"{method} (chunk {chunk}/{chunks})" : method;
}
