using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg query</c>: runs a SPARQL query against a consistent snapshot of the store.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var file = new Option<string?>("--query", "-q") { Description = "Read the query from this file (- for standard input)." };
        var text = new Argument<string?>("query-text") { Description = "The query text, when --query is not given.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: " + string.Join(", ", ResultPrinter.Formats) + " (default table).",
            DefaultValueFactory = _ => "table",
        };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        var allowService = new Option<bool>("--allow-service") { Description = "Let SERVICE blocks call the remote endpoints they name (off by default: no outgoing calls)." };
        var command = new Command("query", "Run a SPARQL 1.1 query against the store.");
        command.Options.Add(store);
        command.Options.Add(file);
        command.Arguments.Add(text);
        command.Options.Add(format);
        command.Options.Add(timeout);
        command.Options.Add(allowService);
        command.SetAction((parse, ct) => Task.FromResult(Run(parse, store, file, text, parse.GetValue(format) ?? "table", parse.GetValue(timeout), parse.GetValue(allowService), ct)));
        return command;
    }

    private static int Run(ParseResult parse, Option<string?> store, Option<string?> file, Argument<string?> text, string format, double? timeoutSeconds, bool allowService, CancellationToken ct)
    {
        if (!SparqlRequest.TryRead(parse, file, text, "query", out string? queryText, out string source, out int usage))
        {
            return usage;
        }

        string dir = StoreLocation.Resolve(parse, store);
        try
        {
            var query = SparqlParser.ParseQuery(queryText!, new SparqlParserOptions(SparqlRequest.BaseIri(parse, file), source));
            using var quads = StoreLocation.OpenReadOnly(dir);
            using var snapshot = quads.Snapshot();
            using var services = allowService ? new SparqlServiceExecutor() : null;
            var engine = new SparqlEngine(new SparqlEngineOptions(Timeout: timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null, ServiceExecutor: services));
            var prefixes = PrefixMap.CreateWellKnown();
            foreach (var (prefix, ns) in query.Prefixes.Entries)
            {
                prefixes.Set(prefix, ns);
            }

            using var result = engine.Query(snapshot, query, null, ct);
            var output = Console.Out;
            int width = Console.IsOutputRedirected ? 100_000 : Math.Max(40, Console.WindowWidth);
            ResultPrinter.Print(result, format, prefixes, output, width);
            output.Flush();
            return ExitCodes.Success;
        }
        catch (SparqlSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("kg query: " + e.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is StorageException or QueryEvaluationException or OperationCanceledException)
        {
            return StoreLocation.Fail("query", e);
        }
    }
}
