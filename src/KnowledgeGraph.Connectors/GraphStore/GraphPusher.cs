using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// Copies named graphs to a Graph Store endpoint, replacing each remote graph of the same name, so that pushing
/// again gives the same remote state. Each graph goes as one PUT followed by POSTs of further chunks.
/// </summary>
/// <remarks>
/// Requests start while the input is still being read: a graph's triples without blank nodes are sent in chunks as
/// soon as a chunk is full; triples with blank nodes follow once the input has been read, because triples that
/// share a blank node (directly or through a chain) must travel in one request and a later triple may join them.
/// Up to <see cref="PushOptions.Parallelism"/> requests are in flight, across graphs; a graph's POSTs wait for its PUT.
/// A graph larger than one chunk is not replaced atomically: between its PUT and its last POST the remote graph
/// holds part of the data, and a failure (of a request, or of reading the input) leaves it partial. The result
/// says so, and pushing again repairs it, because the PUT replaces what was there. Other graphs are never touched.
/// Triples whose N-Triples line is longer than <see cref="PushOptions.MaxLineBytes"/> (Virtuoso's Graph Store
/// rejects such bodies) go after the chunks as SPARQL Update <c>INSERT DATA</c> requests, when a SPARQL client is
/// given; otherwise the graph is reported with the triple and the limit, and it is not pushed unless it had
/// already started (more than one chunk of plain triples before the overlong one).
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
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.ChunkSize, 1, nameof(options));
        _update = update;
    }

    /// <summary>
    /// Reads the quads on a thread of their own and pushes each graph while reading; a failed graph is reported and
    /// the others go on. When reading fails (a syntax error, a read error), no further request starts, the requests
    /// in flight finish, and the summary carries the error.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled; graphs already pushed stay pushed.</exception>
    public async Task<PushSummary> PushAsync(IEnumerable<Quad> quads, IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var clock = Stopwatch.StartNew();
        var input = new InputState();
        var outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Factory.StartNew(
            () => Read(quads, input, outgoing.Writer, stopReading.Token),
            stopReading.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            await SendAsync(outgoing.Reader, input, progress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Sending ended early: the reader stops at its next quad.
            await stopReading.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            // Wait for the reader so that nothing runs after we return.
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await reading.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var results = new List<GraphPushResult>(input.Graphs.Count);
        foreach (var graph in input.Graphs.Values.OrderBy(g => g.Name, TermComparer.Instance))
        {
            results.Add(await CompleteAsync(graph, input, progress, cancellationToken).ConfigureAwait(false));
        }

        return new PushSummary(results, clock.Elapsed, input.Error);
    }

    /// <summary>Replaces one remote graph with the triples.</summary>
    public async Task<GraphPushResult> PushGraphAsync(Iri graph, IReadOnlyList<Triple> triples, IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(triples);
        var summary = await PushAsync(triples.Select(t => new Quad(t.Subject, t.Predicate, t.Obj, graph)), progress, cancellationToken).ConfigureAwait(false);
        return summary.Graphs.Count > 0 ? summary.Graphs[0] : new GraphPushResult(graph.Value, 0, 0, 0, TimeSpan.Zero, null);
    }

    // What the reading thread shares with the sender: the graphs (complete once reading ended) and how it ended.
    private sealed class InputState
    {
        public Dictionary<Term, PushedGraph> Graphs { get; } = [];

        public volatile int GraphCount;

        public volatile bool Complete;

        /// <summary>What stopped reading early; read by the requests, which start no new one once it is set.</summary>
        public volatile Exception? Error;
    }

    private readonly record struct Outgoing(PushedGraph Graph, PushAttempt Attempt, Chunk Chunk, int Index);

    private void Read(IEnumerable<Quad> quads, InputState input, ChannelWriter<Outgoing> outgoing, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var q in quads)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = q.Graph is DefaultGraph && _options.DefaultGraphTarget is { } target ? target : q.Graph;
                if (!input.Graphs.TryGetValue(key, out var graph))
                {
                    graph = new PushedGraph(key, input.Graphs.Count + 1);
                    input.Graphs[key] = graph;
                    input.GraphCount = input.Graphs.Count;
                }

                if (graph.Add(q.Triple, _options) is { } chunk && key is Iri)
                {
                    // Sent at once: nothing later in the input can change a chunk of plain triples.
                    outgoing.TryWrite(new Outgoing(graph, graph.Attempt, chunk, graph.Chunks.Count - 1));
                }

                if (!graph.Held && graph.Overlong.Count > 0 && (_update is null || HasBlankNode(graph.Overlong[^1])))
                {
                    // This graph cannot be pushed whole: send no more of it (see OverlongProblem).
                    graph.Held = true;
                }
            }

            input.Complete = true;
            foreach (var graph in input.Graphs.Values.OrderBy(g => g.Name, TermComparer.Instance))
            {
                if (graph.Name is not Iri iri)
                {
                    continue;
                }

                graph.Problem = OverlongProblem(iri, graph.Overlong);
                if (graph.Problem is not null)
                {
                    continue;
                }

                int first = graph.Chunks.Count;
                var rest = graph.Finish(_options);
                for (int i = 0; i < rest.Count; i++)
                {
                    outgoing.TryWrite(new Outgoing(graph, graph.Attempt, rest[i], first + i));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever stops the input (a syntax error with its position, a read error) ends the push cleanly:
            // requests in flight finish, no new one starts, and the summary reports the error.
            input.Error = ex;
        }
        finally
        {
            outgoing.TryComplete();
        }
    }

    // Sends the chunks as they come, up to Parallelism requests at a time; a graph's POSTs wait for its PUT.
    private async Task SendAsync(ChannelReader<Outgoing> outgoing, InputState input, IProgress<PushProgress>? progress, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, _options.Parallelism));
        var running = new List<Task>();
        await foreach (var item in outgoing.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            running.RemoveAll(t => t.IsCompletedSuccessfully);
            running.Add(SendChunkAsync(item, slots, input, progress, cancellationToken));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task SendChunkAsync(Outgoing item, SemaphoreSlim slots, InputState input, IProgress<PushProgress>? progress, CancellationToken cancellationToken)
    {
        var (graph, attempt, chunk, index) = item;
        bool put = index == 0;
        try
        {
            if (!put && !await attempt.PutDone.ConfigureAwait(false))
            {
                return;
            }

            if (attempt.Failure is not null || input.Error is not null)
            {
                return;
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                attempt.Starting();
                var iri = (Iri)graph.Name;
                await _client.SendBodyAsync(put ? HttpMethod.Put : HttpMethod.Post, iri, chunk.Body, put ? "PUT" : $"POST (chunk {index + 1})",
                    idempotent: put || !chunk.HasBlankNodes, cancellationToken).ConfigureAwait(false);
                long sent = attempt.Acknowledge(1, chunk.Triples, chunk.Body.Length);
                attempt.PutSettled(true);
                bool final = input.Complete;
                progress?.Report(new PushProgress(iri.Value, graph.Number, input.GraphCount, sent, graph.Triples, null, final));
            }
            finally
            {
                slots.Release();
            }
        }
        catch (SparqlProtocolException ex)
        {
            attempt.Fail(ex);
        }
        finally
        {
            // A PUT that failed, was not sent or was cancelled stops the POSTs waiting for it.
            attempt.PutSettled(false);
        }
    }

    // After the input and its requests: the overlong triples, a restart of a graph whose requests failed for a
    // transient reason, and the graph's result.
    private async Task<GraphPushResult> CompleteAsync(PushedGraph graph, InputState input, IProgress<PushProgress>? progress, CancellationToken cancellationToken)
    {
        var attempt = graph.Attempt;
        if (graph.Name is not Iri iri)
        {
            string what = graph.Name is DefaultGraph ? "the default graph" : "graph " + graph.Name;
            return new GraphPushResult(graph.Name is DefaultGraph ? "(default graph)" : graph.Name.ToString(), graph.Triples, 0, 0, TimeSpan.Zero,
                $"{what} has no IRI to address it remotely; give a target graph for default-graph data (--default-graph)");
        }

        if (input.Error is { } inputError)
        {
            string why = attempt.Requests == 0
                ? $"graph <{iri.Value}> was not pushed: reading the input failed ({inputError.Message})."
                : $"Reading the input failed after {graph.Triples:N0} triples of graph <{iri.Value}> ({inputError.Message}), so it was not pushed completely.";
            return Failed(graph, attempt, (attempt.Failure?.Message is { } failed ? failed + " " : "") + why);
        }

        if (graph.Problem is { } problem)
        {
            return Failed(graph, attempt, problem);
        }

        int attempts = Math.Max(1, _options.MaxGraphAttempts);
        while (attempt.Failure is { IsTransient: true } transient && attempt.Number < attempts)
        {
            // The request retries gave up, or refused to repeat a chunk with blank nodes that may have been stored:
            // start the graph again from its PUT, which replaces whatever arrived.
            progress?.Report(new PushProgress(iri.Value, graph.Number, input.Graphs.Count, attempt.Sent, graph.Triples, transient.Message));
            attempt = new PushAttempt(attempt.Number + 1);
            graph.Attempt = attempt;
            progress?.Report(new PushProgress(iri.Value, graph.Number, input.Graphs.Count, 0, graph.Triples, $"restarting (attempt {attempt.Number} of {attempts})"));
            var again = Channel.CreateUnbounded<Outgoing>();
            for (int i = 0; i < graph.Chunks.Count; i++)
            {
                again.Writer.TryWrite(new Outgoing(graph, attempt, graph.Chunks[i], i));
            }

            again.Writer.Complete();
            await SendAsync(again.Reader, input, progress, cancellationToken).ConfigureAwait(false);
        }

        if (attempt.Failure is { } failure)
        {
            return Failed(graph, attempt, failure.Message + LineLimitHint(failure, graph.Chunks));
        }

        if (graph.Overlong.Count > 0)
        {
            progress?.Report(new PushProgress(iri.Value, graph.Number, input.Graphs.Count, attempt.Sent, graph.Triples,
                string.Create(CultureInfo.InvariantCulture, $"{graph.Overlong.Count} triple(s) with lines over {_options.MaxLineBytes:N0} bytes go by SPARQL Update")));
            try
            {
                var (updates, updateBytes) = await InsertAsync(iri, graph.Overlong, cancellationToken).ConfigureAwait(false);
                attempt.Acknowledge(updates, graph.Overlong.Count, updateBytes);
            }
            catch (SparqlProtocolException ex)
            {
                return Failed(graph, attempt, ex.Message);
            }

            progress?.Report(new PushProgress(iri.Value, graph.Number, input.Graphs.Count, attempt.Sent, graph.Triples, null));
        }

        return new GraphPushResult(iri.Value, graph.Triples, attempt.Requests, attempt.Bytes, attempt.Elapsed, null);
    }

    private static GraphPushResult Failed(PushedGraph graph, PushAttempt attempt, string error)
    {
        string partial = attempt.Requests > 0
            ? string.Create(CultureInfo.InvariantCulture, $" The remote graph may now hold {attempt.Sent} of {graph.Triples} triples; push again to replace it.")
            : "";
        return new GraphPushResult(((Iri)graph.Name).Value, graph.Triples, attempt.Requests, attempt.Bytes, attempt.Elapsed, error + partial);
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

    private static bool HasBlankNode(Triple t) => t.Subject is BlankNode || t.Obj is BlankNode;

    // Virtuoso's answer to an overlong body line names a content type, not the line; say what it most likely means.
    private static string LineLimitHint(SparqlProtocolException ex, List<Chunk> sent)
    {
        if (ex.StatusCode != System.Net.HttpStatusCode.InternalServerError || !ex.Message.Contains("unsupported type", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var longest = sent.Select(c => NTriplesBody.LongestLine(c.Body.Span)).DefaultIfEmpty().MaxBy(x => x.Bytes);
        return longest.Bytes <= PushOptions.DefaultMaxLineBytes
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $" Virtuoso answers this to a body line over {PushOptions.DefaultMaxLineBytes:N0} bytes; the longest here is {longest.Bytes:N0} bytes: " +
                $"{longest.Start} (keep the default --max-line-bytes to send such triples by SPARQL Update).");
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

}
