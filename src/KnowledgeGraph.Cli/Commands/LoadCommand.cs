using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg load</c>: bulk-loads RDF files into the store, with progress and a final report.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "N-Triples, N-Quads, Turtle or TriG files (.nt .nq .ttl .trig).", Arity = ArgumentArity.OneOrMore };
        var store = StoreLocation.CreateOption();
        var graph = new Option<string?>("--graph", "-g") { Description = "Load every triple and quad into this named graph (an absolute IRI)." };
        var format = new Option<string?>("--format", "-f") { Description = "Syntax of all files (ntriples, nquads, turtle, trig); default: by extension." };
        var lenient = new Option<bool>("--lenient") { Description = "Report bad statements and keep going (exit code 3 if any)." };
        var batch = new Option<int>("--batch-size") { Description = "Quads per atomic batch.", DefaultValueFactory = _ => BulkLoadOptions.Default.BatchSize };
        var command = new Command("load", "Load RDF files into the store. Each batch is atomic; an interrupted load can simply be run again.\n\n" +
            "Examples:\n" +
            "  kg load dump.nq\n" +
            "  kg load ontology/*.ttl --graph https://w3id.org/knowledgegraph/ontology\n" +
            "  kg load big.nt --lenient --store /data/kg");
        command.Arguments.Add(files);
        command.Options.Add(store);
        command.Options.Add(graph);
        command.Options.Add(format);
        command.Options.Add(lenient);
        command.Options.Add(batch);
        command.SetAction(async (parse, ct) =>
        {
            Term? target = null;
            if (parse.GetValue(graph) is { } graphIri)
            {
                if (!Iri.TryParse(graphIri, out var iri, out var error))
                {
                    Console.Error.WriteLine($"kg load: --graph: {error}");
                    return ExitCodes.UsageError;
                }

                target = iri;
            }

            RdfFormat? syntax = null;
            if (parse.GetValue(format) is { } name)
            {
                syntax = name.ToLowerInvariant() switch
                {
                    "ntriples" or "nt" or "n-triples" => RdfFormat.NTriples,
                    "nquads" or "nq" or "n-quads" => RdfFormat.NQuads,
                    "turtle" or "ttl" => RdfFormat.Turtle,
                    "trig" => RdfFormat.TriG,
                    _ => null,
                };
                if (syntax is null)
                {
                    Console.Error.WriteLine($"kg load: unknown format '{name}' (expected ntriples, nquads, turtle or trig)");
                    return ExitCodes.UsageError;
                }
            }

            int batchSize = parse.GetValue(batch);
            if (batchSize < 1)
            {
                Console.Error.WriteLine("kg load: --batch-size must be at least 1");
                return ExitCodes.UsageError;
            }

            string dir = StoreLocation.Resolve(parse, store);
            var options = new BulkLoadOptions { BatchSize = batchSize, Lenient = parse.GetValue(lenient), TargetGraph = target, Format = syntax };
            // The store opens (RocksDB takes about half a second to start) while the first file is being parsed.
            var opening = Task.Run(() => StoreLocation.Open(dir, createIfMissing: true), CancellationToken.None);
            try
            {
                var report = await new BulkLoader(opening, options)
                    .LoadFilesAsync(parse.GetValue(files)!, new ProgressLine(), ct)
                    .ConfigureAwait(false);
                ProgressLine.Clear();
                PrintReport(dir, report);
                foreach (var error in report.Errors)
                {
                    Console.Error.WriteLine(error.ToString());
                }

                RuntimeTrace.WriteIfEnabled("load");

                return !report.Completed ? ExitCodes.InputError : report.Errors.Count > 0 ? ExitCodes.PartialSuccess : ExitCodes.Success;
            }
            catch (Exception e) when (e is StorageException or OperationCanceledException)
            {
                ProgressLine.Clear();
                return StoreLocation.Fail("load", e);
            }
            finally
            {
                await CloseAsync(opening).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task CloseAsync(Task<QuadStore> opening)
    {
        try
        {
            (await opening.ConfigureAwait(false)).Dispose();
        }
        catch (StorageException)
        {
            // It never opened; the load reported why.
        }
    }

    private static void PrintReport(string dir, LoadReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine($"store          {dir}");
        Console.Out.WriteLine($"quads read     {report.QuadsRead.ToString("N0", c)}");
        Console.Out.WriteLine($"quads added    {report.QuadsAdded.ToString("N0", c)}");
        Console.Out.WriteLine($"duplicates     {report.Duplicates.ToString("N0", c)}");
        Console.Out.WriteLine($"errors         {report.Errors.Count.ToString("N0", c)}");
        Console.Out.WriteLine($"batches        {report.Batches.ToString("N0", c)}");
        Console.Out.WriteLine($"time           {report.Elapsed.TotalSeconds.ToString("0.0", c)} s ({report.QuadsPerSecond.ToString("N0", c)} quads/s)");
        if (!report.Completed)
        {
            Console.Out.WriteLine("status         stopped early; committed batches are kept, run the same load again to finish");
        }
    }

    /// <summary>One self-overwriting progress line on standard error when it is a terminal.</summary>
    private sealed class ProgressLine : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (Console.IsErrorRedirected)
            {
                return;
            }

            double rate = value.Elapsed.TotalSeconds > 0 ? value.QuadsRead / value.Elapsed.TotalSeconds : 0;
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value.Source}: {value.QuadsRead:N0} quads read, {value.QuadsAdded:N0} added, {rate:N0}/s   "));
        }

        public static void Clear()
        {
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write("\r" + new string(' ', 100) + "\r");
            }
        }
    }
}
