using System.CommandLine;
using KnowledgeGraph.Cli.Demo;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg demo</c>: ingests the seed articles into a fresh store and answers the ontology's example questions.</summary>
internal static class DemoCommand
{
    private static readonly string DefaultStore = Path.Combine(".kg", "demo-store");

    public static Command Create()
    {
        var store = new Option<string?>("--store", "-s")
        {
            Description = $"Where to build the demo store (default: {DefaultStore}); it is wiped first.",
        };
        var command = new Command("demo",
            "Ingest the seed articles into a fresh embedded store and answer the example questions: who said what, who " +
            "controls what according to whom, and who holds which role.\n\n" +
            "Examples:\n" +
            "  kg demo\n" +
            "  kg demo --store /tmp/kg-demo");
        command.Options.Add(store);
        command.SetAction(async (parse, ct) =>
        {
            var directory = Path.GetFullPath(parse.GetValue(store) ?? DefaultStore);
            if (!TryWipe(directory, out var problem))
            {
                Console.Error.WriteLine($"kg demo: {problem}");
                return ExitCodes.Failure;
            }

            var console = ConsoleStreams.System;
            var repository = DemoAssets.FindRepository(Environment.CurrentDirectory);
            var seeds = DemoAssets.SeedFolder(repository, directory + "-seeds");
            try
            {
                using var quadStore = StoreLocation.Open(directory, createIfMissing: true);
                console.Out.WriteLine($"Ingesting the articles in {seeds} ...");
                var request = new IngestRequest([seeds], directory, null, new IngestOptions());
                var (exitCode, _) = await IngestRunner.RunAsync(
                    request, IngestComponents.Extractor(), IngestComponents.Mapper(), quadStore, console, ct);
                if (exitCode is not (ExitCodes.Success or ExitCodes.PartialSuccess))
                {
                    return exitCode;
                }

                DemoQueries.Print(quadStore, DemoAssets.Queries(repository), console, ct);
                console.Out.WriteLine();
                console.Out.WriteLine($"The store is in {directory}. Try next:");
                console.Out.WriteLine($"  kg query --store {directory} 'SELECT ?name WHERE {{ GRAPH ?g {{ ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name }} }}'");
                console.Out.WriteLine($"  kg ingest MORE_ARTICLES/ --store {directory}");
                console.Out.WriteLine($"  kg stats --store {directory}");
                return exitCode;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return StoreLocation.Fail("demo", e);
            }
        });
        return command;
    }

    // Only an empty folder or an existing store (RocksDB's CURRENT file) is deleted, never an arbitrary folder.
    private static bool TryWipe(string directory, out string? problem)
    {
        problem = null;
        if (!Directory.Exists(directory))
        {
            return true;
        }

        if (Directory.EnumerateFileSystemEntries(directory).Any() && !File.Exists(Path.Combine(directory, "CURRENT")))
        {
            problem = $"{directory} exists and is not a kg store; refusing to delete it (choose another --store)";
            return false;
        }

        Directory.Delete(directory, recursive: true);
        return true;
    }
}
