using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg sparql</c>: runs a SPARQL query over RDF files loaded into an in-memory dataset.</summary>
internal static class SparqlCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF file for the default graph (N-Triples, N-Quads, Turtle, TriG, RDF/XML by extension; quads keep their graph). Repeatable.",
        };
        var named = new Option<string[]>("--named-data")
        {
            Description = "RDF file loaded as a named graph named by the file's IRI. Repeatable.",
        };
        var queryFile = new Option<string?>("--query", "-q") { Description = "File holding the query." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: " + string.Join(", ", ResultPrinter.Formats) + " (default table).",
            DefaultValueFactory = _ => "table",
        };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        var endpoint = new Option<string?>("--endpoint", "-e") { Description = "Run the query on this remote SPARQL endpoint instead of local files (auth: --user with KG_PASSWORD)." };
        var allowService = new Option<bool>("--allow-service") { Description = "Let SERVICE blocks call the remote endpoints they name (off by default: no outgoing calls)." };
        var user = new Option<string?>("--user", "-u") { Description = "User name for --endpoint; the password comes from KG_PASSWORD." };
        var queryText = new Argument<string?>("query") { Description = "The query text (instead of --query).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("sparql", "Run a SPARQL 1.1 query over RDF files.");
        command.Options.Add(data);
        command.Options.Add(named);
        command.Options.Add(queryFile);
        command.Options.Add(format);
        command.Options.Add(timeout);
        command.Options.Add(endpoint);
        command.Options.Add(user);
        command.Options.Add(allowService);
        command.Arguments.Add(queryText);
        command.SetAction((parse, cancellationToken) => parse.GetValue(endpoint) is { } remote
            ? RunRemoteAsync(remote, parse.GetValue(user), parse.GetValue(queryFile), parse.GetValue(queryText), parse.GetValue(format) ?? "table", parse.GetValue(timeout), cancellationToken)
            : Task.FromResult(Run(
            parse.GetValue(data) ?? [],
            parse.GetValue(named) ?? [],
            parse.GetValue(queryFile),
            parse.GetValue(queryText),
            parse.GetValue(format) ?? "table",
            parse.GetValue(timeout),
            parse.GetValue(allowService),
            cancellationToken)));
        return command;
    }

    /// <summary>Runs the query on a remote endpoint with the SPARQL 1.1 Protocol client and prints it like a local result.</summary>
    private static async Task<int> RunRemoteAsync(string endpoint, string? user, string? queryFile, string? queryText, string format, double? timeoutSeconds, CancellationToken cancellationToken)
    {
        if ((queryFile is null) == (queryText is null))
        {
            Console.Error.WriteLine("kg sparql: give the query either as text or with --query FILE.");
            return ExitCodes.UsageError;
        }

        if (!PushCommand.TryUri(endpoint, "--endpoint", out var uri, out var error)
            || !PushCommand.TryEndpointOptions(user, null, KnowledgeGraph.Connectors.Http.AuthScheme.Auto, timeoutSeconds ?? 300, 2, out var options, out error))
        {
            Console.Error.WriteLine("kg sparql: " + error);
            return ExitCodes.UsageError;
        }

        try
        {
            string text = queryFile is null ? queryText! : await File.ReadAllTextAsync(queryFile, cancellationToken);
            using var client = new KnowledgeGraph.Connectors.Sparql.SparqlClient(uri!, options);
            using var result = await client.QueryAsync(text, null, cancellationToken);
            int width = Console.IsOutputRedirected ? 100_000 : Math.Max(40, Console.WindowWidth);
            ResultPrinter.Print(result, format, PrefixMap.CreateWellKnown(), Console.Out, width);
            Console.Out.Flush();
            return ExitCodes.Success;
        }
        catch (KnowledgeGraph.Connectors.Http.SparqlProtocolException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ex.StatusCode == System.Net.HttpStatusCode.BadRequest ? ExitCodes.InputError : ExitCodes.Failure;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("kg sparql: interrupted.");
            return ExitCodes.Interrupted;
        }
    }

    private static int Run(string[] dataFiles, string[] namedFiles, string? queryFile, string? queryText, string format, double? timeoutSeconds, bool allowService, CancellationToken cancellationToken)
    {
        if ((queryFile is null) == (queryText is null))
        {
            Console.Error.WriteLine("kg sparql: give the query either as text or with --query FILE.");
            return ExitCodes.UsageError;
        }

        string text;
        try
        {
            text = queryFile is null ? queryText! : File.ReadAllText(queryFile);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"{queryFile}: {ex.Message}");
            return ExitCodes.InputError;
        }

        try
        {
            var query = SparqlParser.ParseQuery(text, new SparqlParserOptions(queryFile is null ? null : new Uri(Path.GetFullPath(queryFile)).AbsoluteUri, queryFile));
            var dataset = new InMemoryDataset();
            var changes = new ChangeSet();
            foreach (var file in dataFiles)
            {
                changes.Insertions.AddRange(DataLoader.Read(file, cancellationToken));
            }

            foreach (var file in namedFiles)
            {
                var graph = Iri.Unchecked(new Uri(Path.GetFullPath(file)).AbsoluteUri);
                changes.Insertions.AddRange(DataLoader.Read(file, cancellationToken).Select(q => q with { Graph = graph }));
            }

            dataset.Apply(changes, cancellationToken);
            using var services = allowService ? new KnowledgeGraph.Connectors.Sparql.SparqlServiceExecutor() : null;
            var engine = new SparqlEngine(new SparqlEngineOptions(Timeout: timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null, ServiceExecutor: services));
            var prefixes = PrefixMap.CreateWellKnown();
            foreach (var (prefix, ns) in query.Prefixes.Entries)
            {
                prefixes.Set(prefix, ns);
            }

            using var result = engine.Query(dataset, query, null, cancellationToken);
            var output = Console.Out;
            int width = Console.IsOutputRedirected ? 100_000 : Math.Max(40, Console.WindowWidth);
            ResultPrinter.Print(result, format, prefixes, output, width);
            output.Flush();
            return ExitCodes.Success;
        }
        catch (SparqlSyntaxException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.InputError;
        }
        catch (RdfSyntaxException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.InputError;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ExitCodes.InputError;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ExitCodes.UsageError;
        }
        catch (QueryEvaluationException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("kg sparql: interrupted.");
            return ExitCodes.Interrupted;
        }
    }
}
