using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg push</c>: copies named graphs to a remote store over the Graph Store Protocol, replacing each remote graph.</summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var endpoint = new Option<string>("--endpoint", "-e") { Description = "SPARQL endpoint URL (checked with a query), e.g. http://127.0.0.1:18890/sparql.", Required = true };
        var graphStore = new Option<string?>("--graph-store") { Description = "Graph Store endpoint URL; default: the SPARQL URL with /sparql replaced by /sparql-graph-crud (Virtuoso)." };
        var user = new Option<string?>("--user", "-u") { Description = "User name; the password comes from --password-file or the KG_PASSWORD environment variable." };
        var passwordFile = new Option<string?>("--password-file") { Description = "File whose first line is the password." };
        var auth = new Option<AuthScheme>("--auth") { Description = "Authentication scheme: Auto (answer the server's challenge), Basic or Digest.", DefaultValueFactory = _ => AuthScheme.Auto };
        var defaultGraph = new Option<string?>("--default-graph") { Description = "Remote graph IRI for triples in the default graph (N-Triples/Turtle input)." };
        var chunk = new Option<int>("--chunk-size") { Description = "Triples per request (first PUT, then POSTs).", DefaultValueFactory = _ => PushOptions.Default.ChunkSize };
        var parallel = new Option<int>("--parallel") { Description = "Requests in flight at once (a graph's POSTs wait for its PUT).", DefaultValueFactory = _ => PushOptions.Default.Parallelism };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed per request.", DefaultValueFactory = _ => 300 };
        var maxLine = new Option<int>("--max-line-bytes")
        {
            Description = "Longest N-Triples line (one triple) sent to the Graph Store; longer ones go by SPARQL Update (INSERT DATA) " +
                          "on --endpoint. The default is Virtuoso's limit (a longer line gets HTTP 500); 0 for no limit.",
            DefaultValueFactory = _ => PushOptions.DefaultMaxLineBytes,
        };
        var retries = new Option<int>("--retries") { Description = "Retries of transient failures per request.", DefaultValueFactory = _ => 4 };
        var inputs = new Argument<string[]>("input") { Description = "N-Quads, TriG, N-Triples or Turtle files (or use --store).", Arity = ArgumentArity.ZeroOrMore };
        var store = new Option<string?>("--store", "-s") { Description = "Read the named graphs from this embedded store instead of files." };
        var command = new Command("push",
            "Copy each named graph to a SPARQL store, replacing the remote graph of the same name (idempotent). A graph that " +
            "fails is reported and the others go on (exit code 3).\n\n" +
            "Examples:\n" +
            "  kg push --store .kg/store --endpoint http://127.0.0.1:8890/sparql\n" +
            "  kg push news.nq --endpoint http://db.example.org/sparql --graph-store http://db.example.org/gsp --user loader --password-file pw.txt\n" +
            "  kg push data.ttl --endpoint http://127.0.0.1:8890/sparql --default-graph http://example.org/graph/data");
        foreach (var o in new Option[] { store, endpoint, graphStore, user, passwordFile, auth, defaultGraph, chunk, parallel, maxLine, timeout, retries })
        {
            command.Options.Add(o);
        }

        command.Arguments.Add(inputs);
        command.SetAction(async (parse, ct) =>
        {
            if (!TryEndpointOptions(parse.GetValue(user), parse.GetValue(passwordFile), parse.GetValue(auth), parse.GetValue(timeout), parse.GetValue(retries), out var options, out var error)
                || !TryUri(parse.GetValue(endpoint)!, "--endpoint", out var sparqlUri, out error))
            {
                Console.Error.WriteLine("kg push: " + error);
                return ExitCodes.UsageError;
            }

            string gsp = parse.GetValue(graphStore) ?? DefaultGraphStore(sparqlUri!);
            if (!TryUri(gsp, "--graph-store", out var gspUri, out error))
            {
                Console.Error.WriteLine("kg push: " + error);
                return ExitCodes.UsageError;
            }

            Iri? target = null;
            if (parse.GetValue(defaultGraph) is { } dg && !Iri.TryParse(dg, out target))
            {
                Console.Error.WriteLine("kg push: --default-graph is not an absolute IRI.");
                return ExitCodes.UsageError;
            }

            if (!TrySource(parse.GetValue(store), parse.GetValue(inputs), out error))
            {
                Console.Error.WriteLine("kg push: " + error);
                return ExitCodes.UsageError;
            }

            return await RunAsync(sparqlUri!, gspUri!, options!, parse.GetValue(store), parse.GetValue(inputs) ?? [], new PushOptions
            {
                ChunkSize = Math.Max(1, parse.GetValue(chunk)),
                Parallelism = Math.Max(1, parse.GetValue(parallel)),
                DefaultGraphTarget = target,
                MaxLineBytes = Math.Max(0, parse.GetValue(maxLine)),
            }, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri sparqlUri, Uri gspUri, RemoteEndpointOptions options, string? storeDir, string[] inputs, PushOptions pushOptions, CancellationToken ct)
    {
        void Retry(RetryNotice n) => Console.Error.WriteLine($"kg push: retry {n.Attempt} in {n.Delay.TotalSeconds:0.0} s: {n.Reason}");
        try
        {
            using var sparql = new SparqlClient(sparqlUri, options) { OnRetry = Retry };
            using var store = new GraphStoreClient(gspUri, options) { OnRetry = Retry };
            var capabilities = await sparql.CheckAsync(checkUpdate: false, ct);
            string? gspProblem = capabilities.CanQuery ? await store.CheckWritableAsync(ct) : null;
            if (!capabilities.IsUsable || gspProblem is not null)
            {
                foreach (var p in capabilities.Problems.Append(gspProblem).OfType<string>())
                {
                    Console.Error.WriteLine("kg push: cannot push: " + p);
                }

                return ExitCodes.Failure;
            }

            using var source = OpenSource(storeDir, inputs, ct, out var quads);
            var pusher = new GraphPusher(store, pushOptions, sparql);
            var progress = new SyncProgress(p =>
                Console.Error.WriteLine(p.Note is not null ? $"[{p.GraphNumber}/{p.GraphCount}] <{p.Graph}> {p.Note}"
                    : p.InputRead ? $"[{p.GraphNumber}/{p.GraphCount}] <{p.Graph}> {p.TriplesSent}/{p.GraphTriples} triples"
                    : $"[{p.GraphNumber}/{p.GraphCount}+] <{p.Graph}> {p.TriplesSent} triples sent, {p.GraphTriples} read so far"));
            var summary = await pusher.PushAsync(quads, progress, ct);
            PrintSummary(summary, gspUri);
            if (summary.InputError is { } inputError)
            {
                // Requests in flight finished and no new one started; the graphs already begun are named above.
                Console.Error.WriteLine(inputError is RdfSyntaxException or IOException ? inputError.Message : "kg push: reading the input failed: " + inputError.Message);
                return ExitCodes.InputError;
            }

            return summary.Failed == 0 ? ExitCodes.Success : summary.Failed < summary.Graphs.Count ? ExitCodes.PartialSuccess : ExitCodes.Failure;
        }
        catch (RdfSyntaxException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.InputError;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("kg push: " + ex.Message);
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("kg push: interrupted; graphs already pushed stay pushed, pushing again replaces a partial one.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>Reports on the calling thread, so progress lines come before the summary.</summary>
    private sealed class SyncProgress(Action<PushProgress> report) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => report(value);
    }

    private static void PrintSummary(PushSummary summary, Uri gspUri)
    {
        int width = Math.Max(5, summary.Graphs.Select(g => g.Graph.Length).DefaultIfEmpty(5).Max());
        Console.WriteLine($"{"graph".PadRight(width)}  {"triples",10}  {"requests",8}  {"MB",8}  {"seconds",8}  status");
        foreach (var g in summary.Graphs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Graph.PadRight(width)}  {g.Triples,10}  {g.Requests,8}  {g.Bytes / 1e6,8:0.0}  {g.Elapsed.TotalSeconds,8:0.00}  {(g.Succeeded ? "ok" : "FAILED")}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Graphs.Count} graphs, {summary.Triples} triples, {summary.Failed} failed, {summary.Elapsed.TotalSeconds:0.00} s, {summary.TriplesPerSecond:0} triples/s to {gspUri.GetLeftPart(UriPartial.Path)}"));
        foreach (var g in summary.Graphs.Where(g => !g.Succeeded))
        {
            Console.Error.WriteLine("kg push: " + g.Error);
        }
    }

    /// <summary>Checks that exactly one source is given: --store or input files.</summary>
    internal static bool TrySource(string? storeDir, string[]? inputs, out string? error)
    {
        bool hasFiles = inputs is { Length: > 0 };
        error = (storeDir is not null, hasFiles) switch
        {
            (true, true) => "give either --store DIR or input files, not both",
            (false, false) => "give input files or --store DIR",
            _ => null,
        };
        return error is null;
    }

    /// <summary>Opens the quad source: the embedded store (disposed by the caller) or the files.</summary>
    internal static IDisposable? OpenSource(string? storeDir, string[] inputs, CancellationToken ct, out IEnumerable<Quad> quads)
    {
        if (storeDir is null)
        {
            quads = ReadInputs(inputs, ct);
            return null;
        }

        var store = StoreLocation.Open(storeDir, createIfMissing: false);
        quads = store.Match(null, null, null, null, ct);
        return store;
    }

    /// <summary>Reads RDF files lazily, choosing the syntax by extension (N-Quads when unknown).</summary>
    internal static IEnumerable<Quad> ReadInputs(IEnumerable<string> paths, CancellationToken ct)
    {
        foreach (var path in paths)
        {
            var format = RdfFormats.TryGuessFromPath(path, out var f) ? f : RdfFormat.NQuads;
            using var stream = File.OpenRead(path);
            foreach (var q in RdfFormats.Read(stream, format, new RdfReaderOptions { SourceName = path }, ct))
            {
                yield return q;
            }
        }
    }

    internal static bool TryEndpointOptions(string? user, string? passwordFile, AuthScheme scheme, double timeoutSeconds, int retries, out RemoteEndpointOptions? options, out string? error)
    {
        options = null;
        error = null;
        EndpointCredentials? credentials = null;
        if (user is not null)
        {
            string? password = passwordFile is not null
                ? (File.Exists(passwordFile) ? File.ReadLines(passwordFile).FirstOrDefault() ?? "" : null)
                : Environment.GetEnvironmentVariable("KG_PASSWORD");
            if (password is null)
            {
                error = passwordFile is not null
                    ? $"cannot read the password file {passwordFile}"
                    : "--user needs a password: give --password-file FILE or set KG_PASSWORD (never on the command line)";
                return false;
            }

            credentials = new EndpointCredentials(user, password, scheme);
        }

        options = new RemoteEndpointOptions
        {
            Credentials = credentials,
            Timeout = TimeSpan.FromSeconds(Math.Max(0.1, timeoutSeconds)),
            MaxRetries = Math.Max(0, retries),
        };
        return true;
    }

    internal static bool TryUri(string text, string option, out Uri? uri, out string? error)
    {
        error = null;
        if (Uri.TryCreate(text, UriKind.Absolute, out uri) && uri.Scheme is "http" or "https")
        {
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                error = $"{option} must not contain credentials; use --user with --password-file or KG_PASSWORD";
                uri = null;
                return false;
            }

            return true;
        }

        error = $"{option} is not an absolute http(s) URL";
        uri = null;
        return false;
    }

    private static string DefaultGraphStore(Uri sparql)
    {
        string path = sparql.AbsolutePath;
        string replaced = path.EndsWith("/sparql-auth", StringComparison.Ordinal) ? path[..^"/sparql-auth".Length] + "/sparql-graph-crud-auth"
            : path.EndsWith("/sparql", StringComparison.Ordinal) ? path + "-graph-crud"
            : path;
        return new UriBuilder(sparql) { Path = replaced, Query = "" }.Uri.AbsoluteUri;
    }
}
