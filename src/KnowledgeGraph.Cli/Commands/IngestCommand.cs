using System.CommandLine;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest</c>: reads articles, extracts facts, and stores each article as its own named graph.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Article files (.txt, .html, .htm, .jsonl, .json), folders (searched recursively), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreLocation.CreateOption();
        var report = new Option<string?>("--report", "-r")
        {
            Description = "Write every failure to FILE (TSV for a .tsv name, JSON Lines otherwise).",
        };
        var workers = new Option<int>("--workers", "-w")
        {
            Description = "Extraction workers running in parallel (default: one per core, at most 4).",
            DefaultValueFactory = _ => new IngestOptions().Workers,
        };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Articles per atomic store write.",
            DefaultValueFactory = _ => new IngestOptions().BatchSize,
        };
        var singleThread = new Option<bool>("--single-thread")
        {
            Description = "Read, extract, map and write in turn on one thread (the baseline for measuring the parallel speed-up).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Re-extract articles even when their content is unchanged since the last ingest.",
        };
        var command = new Command("ingest",
            "Read articles, extract who said what, who controls what and who holds which role, and store each article " +
            "as its own named graph (replacing the previous version). Unchanged articles are skipped, so running the same " +
            "command again is fast and changes nothing; after Ctrl-C it picks up where it stopped. Failing articles are " +
            "reported and the rest go on (exit code 3).\n\n" +
            "Examples:\n" +
            "  kg ingest seeds/\n" +
            "  kg ingest news.jsonl pages/ --report failures.tsv\n" +
            "  cat story.txt | kg ingest - --store /data/kg");
        command.Arguments.Add(inputs);
        command.Options.Add(store);
        command.Options.Add(report);
        command.Options.Add(workers);
        command.Options.Add(batch);
        command.Options.Add(singleThread);
        command.Options.Add(force);
        command.SetAction(async (parse, ct) =>
        {
            var options = new IngestOptions
            {
                Workers = parse.GetValue(workers),
                BatchSize = parse.GetValue(batch),
                SingleThread = parse.GetValue(singleThread),
                Force = parse.GetValue(force),
            };
            if (options.Workers < 1 || options.BatchSize < 1)
            {
                Console.Error.WriteLine("kg ingest: --workers and --batch-size must be at least 1");
                return ExitCodes.UsageError;
            }

            var directory = StoreLocation.Resolve(parse, store);
            var request = new IngestRequest(parse.GetValue(inputs)!, directory, parse.GetValue(report), options);
            try
            {
                // Loading the extractor's lexicons and opening the store (whose native bindings are generated at
                // first use) take about half a second each: the pipeline does both at once unless told to use one thread.
                var extractor = options.SingleThread
                    ? Task.FromResult(IngestComponents.Extractor())
                    : Task.Run(IngestComponents.Extractor, CancellationToken.None);

                // --single-thread writes the store's index files on the calling thread too.
                using var quadStore = StoreLocation.Open(directory, createIfMissing: true, options.SingleThread);
                var (exitCode, _) = await IngestRunner.RunAsync(
                    request, await extractor.ConfigureAwait(false), IngestComponents.Mapper(), quadStore, ConsoleStreams.System, ct);
                RuntimeTrace.WriteIfEnabled("ingest");
                return exitCode;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return StoreLocation.Fail("ingest", e);
            }
        });
        return command;
    }
}
