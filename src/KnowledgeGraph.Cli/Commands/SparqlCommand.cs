using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg sparql</c>: runs a SPARQL query over RDF files loaded into an in-memory dataset, or on a remote endpoint.</summary>
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
        var queryFile = new Option<string?>("--query", "-q") { Description = "File holding the query (- for standard input)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: " + string.Join(", ", ResultPrinter.Formats) + " (default table).",
            DefaultValueFactory = _ => "table",
        };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        var allowService = new Option<bool>("--allow-service") { Description = "Let SERVICE blocks call the remote endpoints they name (off by default: no outgoing calls)." };
        var queryText = new Argument<string?>("query") { Description = "The query text (instead of --query).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("sparql",
            "Run a SPARQL 1.1 query over RDF files, without a store (or with --endpoint on a remote endpoint, as kg query does).\n\n" +
            "Examples:\n" +
            "  kg sparql --data file.ttl 'SELECT * WHERE { ?s ?p ?o } LIMIT 10'\n" +
            "  kg sparql --data news.trig --query ontology/queries/who-said-what-about-a-place.rq --format json\n" +
            "  kg sparql --named-data a.ttl --named-data b.ttl 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'");
        command.Options.Add(data);
        command.Options.Add(named);
        command.Options.Add(queryFile);
        command.Options.Add(format);
        command.Options.Add(timeout);
        command.Options.Add(allowService);
        var remote = RemoteQuery.AddTo(command, "local files");
        command.Arguments.Add(queryText);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!SparqlRequest.TryRead(parse, queryFile, queryText, "sparql", "query", out string? text, out string source, out int usage))
            {
                return usage;
            }

            string outputFormat = parse.GetValue(format) ?? "table";
            return parse.GetValue(remote.Endpoint) is not null
                ? await remote.RunAsync(parse, "sparql", text!, outputFormat, parse.GetValue(timeout), cancellationToken)
                : Run(parse.GetValue(data) ?? [], parse.GetValue(named) ?? [], text!, source, SparqlRequest.BaseIri(parse, queryFile), outputFormat, parse.GetValue(timeout), parse.GetValue(allowService), cancellationToken);
        });
        return command;
    }

    private static int Run(string[] dataFiles, string[] namedFiles, string text, string source, string? baseIri, string format, double? timeoutSeconds, bool allowService, CancellationToken cancellationToken)
    {
        try
        {
            var query = SparqlParser.ParseQuery(text, new SparqlParserOptions(baseIri, source));
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
            using var result = engine.Query(dataset, query, null, cancellationToken);
            return ResultPrinter.PrintToConsole(result, format, ResultPrinter.Prefixes(query.Prefixes.Entries), "sparql");
        }
        catch (Exception ex) when (ex is SparqlSyntaxException or RdfSyntaxException)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.InputError;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("kg sparql: " + ex.Message);
            return ExitCodes.InputError;
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
