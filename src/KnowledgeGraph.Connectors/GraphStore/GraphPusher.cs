using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
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
/// Triples whose N-Triples line is longer than <see cref="PushOptions.MaxLineBytes"/> (Virtuoso's Graph Store
/// rejects such bodies) go after the chunks as SPARQL Update <c>INSERT DATA</c> requests, when a SPARQL client is
/// given; otherwise their graph is not pushed and the result names the triple and the limit.
/// </remarks>
public sealed class GraphPusher
{
    private readonly GraphStoreClient _client;
    // SPARQL Update text per INSERT DATA request for triples over the line limit.
    private const int MaxUpdateChars = 4 << 20;
    private readonly PushOptions _options;
    private readonly SparqlClient? _update;

    /// <param name="client">The Graph Store client that receives the graphs.</param>
    /// <param name="options">Chunking, parallelism and limits.</param>
    /// <param name="update">A SPARQL endpoint that accepts updates, for triples over the line limit; may be null.</param>
    public GraphPusher(GraphStoreClient client, PushOptions? options = null, SparqlClient? update = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? PushOptions.Default;
        _update = update;
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
        var (fitting, overlong) = SplitByLineLength(triples);
        if (OverlongProblem(graph, overlong) is { } problem)
        {
            return new GraphPushResult(graph.Value, triples.Count, 0, 0, clock.Elapsed, problem);
        }

        var chunks = ChunkPlanner.Plan(fitting, _options.ChunkSize);
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
                if (overlong.Count > 0)
                {
                    progress?.Report(new PushProgress(graph.Value, number, count, sent, triples.Count,
                        string.Create(CultureInfo.InvariantCulture, $"{overlong.Count} triple(s) with lines over {_options.MaxLineBytes:N0} bytes go by SPARQL Update")));
                    var (updates, updateBytes) = await InsertAsync(graph, overlong, cancellationToken).ConfigureAwait(false);
                    sent += overlong.Count;
                    requests += updates;
                    bytes += updateBytes;
                    progress?.Report(new PushProgress(graph.Value, number, count, sent, triples.Count, null));
                }

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
                return new GraphPushResult(graph.Value, triples.Count, requests, bytes, clock.Elapsed, ex.Message + LineLimitHint(ex, fitting) + partial);
            }
        }
    }

    private (List<Triple> Fitting, List<Triple> Overlong) SplitByLineLength(IReadOnlyList<Triple> triples)
    {
        int limit = _options.MaxLineBytes;
        if (limit <= 0 || !triples.Any(t => NTriplesBody.IsLongerThan(t, limit)))
        {
            return (triples as List<Triple> ?? [.. triples], []);
        }

        var fitting = new List<Triple>(triples.Count);
        var overlong = new List<Triple>();
        foreach (var t in triples)
        {
            (NTriplesBody.IsLongerThan(t, limit) ? overlong : fitting).Add(t);
        }

        return (fitting, overlong);
    }

    // Why the overlong triples of a graph cannot be sent another way, or null when they can (or there are none).
    private string? OverlongProblem(Iri graph, List<Triple> overlong)
    {
        if (overlong.Count == 0)
        {
            return null;
        }

        int blank = overlong.FindIndex(t => t.Subject is BlankNode || t.Obj is BlankNode);
        var first = overlong[Math.Max(0, blank)];
        string what = string.Create(CultureInfo.InvariantCulture,
            $"graph <{graph.Value}> was not pushed: {overlong.Count} triple(s) have an N-Triples line longer than the Graph Store limit of " +
            $"{_options.MaxLineBytes:N0} bytes (Virtuoso answers such bodies with HTTP 500 \"unsupported type text/plain\"); a line holds one " +
            $"triple and cannot be split. First: {NTriplesBody.Describe(first)} ({Encoding.UTF8.GetByteCount(NTriplesBody.Line(first)):N0} bytes).");
        if (blank >= 0)
        {
            return what + " A triple with a blank node cannot be sent in a separate SPARQL Update either; shorten the literal.";
        }

        return _update is null
            ? what + " Give a SPARQL endpoint that accepts updates to send them with INSERT DATA, or shorten the literal."
            : null;
    }

    // Virtuoso's answer to an overlong body line names a content type, not the line; say what it most likely means.
    private static string LineLimitHint(SparqlProtocolException ex, List<Triple> sent)
    {
        if (ex.StatusCode != System.Net.HttpStatusCode.InternalServerError || !ex.Message.Contains("unsupported type", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var longest = sent.Select(t => (Triple: t, Bytes: Encoding.UTF8.GetByteCount(NTriplesBody.Line(t)))).MaxBy(x => x.Bytes);
        return longest.Bytes <= PushOptions.DefaultMaxLineBytes
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $" Virtuoso answers this to a body line over {PushOptions.DefaultMaxLineBytes:N0} bytes; the longest here is {longest.Bytes:N0} bytes: " +
                $"{NTriplesBody.Describe(longest.Triple)} (keep the default --max-line-bytes to send such triples by SPARQL Update).");
    }

    // INSERT DATA requests of a few MB each; N-Triples terms are valid SPARQL terms.
    private async Task<(int Requests, long Bytes)> InsertAsync(Iri graph, List<Triple> triples, CancellationToken cancellationToken)
    {
        int requests = 0;
        long bytes = 0;
        var body = new StringBuilder();
        async Task FlushAsync()
        {
            string update = "INSERT DATA { GRAPH <" + graph.Value + "> {\n" + body + "} }";
            try
            {
                await _update!.UpdateAsync(update, cancellationToken).ConfigureAwait(false);
            }
            catch (SparqlProtocolException ex)
            {
                throw new SparqlProtocolException(
                    string.Create(CultureInfo.InvariantCulture, $"{ex.Message} (while sending triples whose N-Triples lines exceed the Graph Store limit of {_options.MaxLineBytes:N0} bytes by SPARQL Update)"),
                    ex.StatusCode, ex.IsTransient, ex) { MayHaveBeenApplied = ex.MayHaveBeenApplied };
            }

            requests++;
            bytes += Encoding.UTF8.GetByteCount(update);
            body.Clear();
        }

        foreach (var t in triples)
        {
            string line = NTriplesBody.Line(t);
            if (body.Length > 0 && body.Length + line.Length > MaxUpdateChars)
            {
                await FlushAsync().ConfigureAwait(false);
            }

            body.Append(line);
        }

        await FlushAsync().ConfigureAwait(false);
        return (requests, bytes);
    }

    private static string Label(string method, int chunk, int chunks) => chunks > 1 ? $"{method} (chunk {chunk}/{chunks})" : method;
}
