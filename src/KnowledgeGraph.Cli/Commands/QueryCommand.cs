using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg query</c>: runs a SPARQL query against a consistent snapshot of the store, or on a remote endpoint.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var file = new Option<string?>("--query", "-q") { Description = "Read the query from this file (- for standard input)." };
        var text = new Argument<string?>("query-text") { Description = "The query text, when --query is not given.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: " + string.Join(", ", ResultPrinter.Formats) + " (default table: fits the terminal, or $COLUMNS " +
                          "or 120 columns when piped; long values end in …).",
            DefaultValueFactory = _ => "table",
        };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        var allowService = new Option<bool>("--allow-service") { Description = "Let SERVICE blocks call the remote endpoints they name (off by default: no outgoing calls)." };
        var command = new Command("query",
            "Run a SPARQL 1.1 query against the store, or with --endpoint against a remote SPARQL endpoint (same output " +
            "formats and exit codes).\n\n" +
            "Examples:\n" +
            "  kg query 'PREFIX schema: <http://schema.org/> SELECT ?name WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?name } } LIMIT 10'\n" +
            "  kg query --query ontology/queries/control-by-party.rq --format csv > control.csv\n" +
            "  kg query --endpoint http://127.0.0.1:8890/sparql --user dba --password-file pw.txt 'ASK { ?s ?p ?o }'");
        command.Options.Add(store);
        command.Options.Add(file);
        command.Arguments.Add(text);
        command.Options.Add(format);
        command.Options.Add(timeout);
        command.Options.Add(allowService);
        var remote = RemoteQuery.AddTo(command, "the store");
        command.SetAction(async (parse, ct) =>
        {
            if (!SparqlRequest.TryRead(parse, file, text, "query", out string? queryText, out string source, out int usage))
            {
                return usage;
            }

            string outputFormat = parse.GetValue(format) ?? "table";
            if (parse.GetValue(remote.Endpoint) is null)
            {
                return Run(parse, store, file, queryText!, source, outputFormat, parse.GetValue(timeout), parse.GetValue(allowService), ct);
            }

            if (parse.GetValue(store) is not null)
            {
                Console.Error.WriteLine("kg query: give either --store or --endpoint, not both");
                return ExitCodes.UsageError;
            }

            return await remote.RunAsync(parse, "query", queryText!, outputFormat, parse.GetValue(timeout), ct);
        });
        return command;
    }

    private static int Run(ParseResult parse, Option<string?> store, Option<string?> file, string queryText, string source, string format, double? timeoutSeconds, bool allowService, CancellationToken ct)
    {
        string dir = StoreLocation.Resolve(parse, store);
        try
        {
            var query = SparqlParser.ParseQuery(queryText, new SparqlParserOptions(SparqlRequest.BaseIri(parse, file), source));
            using var quads = StoreLocation.OpenReadOnly(dir);
            using var snapshot = quads.Snapshot();
            using var services = allowService ? new SparqlServiceExecutor() : null;
            var engine = new SparqlEngine(new SparqlEngineOptions(Timeout: timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null, ServiceExecutor: services));
            using var result = engine.Query(snapshot, query, null, ct);
            return ResultPrinter.PrintToConsole(result, format, ResultPrinter.Prefixes(query.Prefixes.Entries), "query");
        }
        catch (SparqlSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is StorageException or QueryEvaluationException or OperationCanceledException)
        {
            return StoreLocation.Fail("query", e);
        }
    }
}
