using System.CommandLine;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg update</c>: runs a SPARQL update against the store; each operation is applied atomically.</summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var file = new Option<string?>("--update", "-u") { Description = "Read the update from this file (- for standard input)." };
        var text = new Argument<string?>("update-text") { Description = "The update text, when --update is not given.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("update", "Run a SPARQL 1.1 update (INSERT DATA, DELETE/INSERT ... WHERE, CLEAR, DROP, LOAD, ...) against the store.\n\n" +
            "Examples:\n" +
            "  kg update 'DROP GRAPH <https://w3id.org/knowledgegraph/id/graph/article/2201092cd3de2c9a>'\n" +
            "  kg update --update fix-names.ru\n" +
            "  echo 'CLEAR ALL' | kg update --update - --store /tmp/scratch");
        command.Options.Add(store);
        command.Options.Add(file);
        command.Arguments.Add(text);
        command.SetAction((parse, ct) => Task.FromResult(Run(parse, store, file, text, ct)));
        return command;
    }

    private static int Run(ParseResult parse, Option<string?> store, Option<string?> file, Argument<string?> text, CancellationToken ct)
    {
        if (!SparqlRequest.TryRead(parse, file, text, "update", out string? updateText, out string source, out int usage))
        {
            return usage;
        }

        string dir = StoreLocation.Resolve(parse, store);
        try
        {
            var update = SparqlParser.ParseUpdate(updateText!, new SparqlParserOptions(SparqlRequest.BaseIri(parse, file), source));
            using var quads = StoreLocation.Open(dir, createIfMissing: true);
            long before = quads.Count;
            new SparqlEngine().Update(quads, update, ct);
            Console.Out.WriteLine($"{dir}: {before:N0} -> {quads.Count:N0} quads");
            return ExitCodes.Success;
        }
        catch (SparqlSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is StorageException or QueryEvaluationException or OperationCanceledException)
        {
            return StoreLocation.Fail("update", e);
        }
    }
}
