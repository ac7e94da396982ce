using System.CommandLine;
using KnowledgeGraph.Cli.Extraction;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Output;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract</c>: extracts entities, quotes, roles and control facts from articles.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Article files (.txt, .html, .jsonl, .json), folders, or - for standard input, read as kg ingest reads them. " +
                          "facts-json and eval-jsonl read .txt and .jsonl files as they are, so that offsets point into the raw text the " +
                          "evaluation data uses.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: turtle, trig, nquads, jsonld (one RDF FILE, each article in its named graph as " +
                          "kg ingest stores it; Turtle has no named graphs, so it holds the union of all article graphs in its " +
                          "default graph), facts-json (one DIR/<id>.json per article) or eval-jsonl (one FILE, one line per " +
                          "article). Default: from the -o extension (.ttl, .trig, .nq, .jsonld), else facts-json.",
        };
        format.AcceptOnlyFromAmong([.. RdfFormatNames.Keys, "facts-json", "eval-jsonl"]);
        var output = new Option<string>("--output", "-o") { Description = "Output file (RDF formats, eval-jsonl; - for standard output with an RDF format) or folder (facts-json).", Required = true };
        var budget = new Option<double>("--time-budget") { Description = "Seconds allowed per article.", DefaultValueFactory = _ => 10.0 };
        var command = new Command("extract",
            "Extract entities, quotations, roles and control facts from news articles, without a store. Bad articles are " +
            "reported and the rest go on (exit code 3).\n\n" +
            "Examples:\n" +
            "  kg extract article.txt -o article.trig\n" +
            "  kg extract seeds/ feed.jsonl -o news.nq\n" +
            "  kg extract seeds/ -o union.ttl                  # Turtle: all article graphs merged into one graph\n" +
            "  cat story.txt | kg extract - -f jsonld -o -\n" +
            "  kg extract dev.jsonl --format eval-jsonl -o dev.pred.jsonl");
        command.Arguments.Add(inputs);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(budget);
        command.SetAction(async (parse, ct) =>
        {
            var extractor = new NewsExtractor(new ExtractorOptions { TimeBudget = TimeSpan.FromSeconds(parse.GetValue(budget)) });
            var target = parse.GetValue(output)!;
            var formatName = parse.GetValue(format) ?? InferFormat(target);
            if (RdfFormatNames.TryGetValue(formatName, out var rdf))
            {
                return await RdfExtraction.RunAsync(
                    parse.GetValue(inputs)!, rdf, target, new NewsArticleExtractor(extractor), IngestComponents.Mapper(), Console.Error, ct);
            }

            var eval = formatName == "eval-jsonl";
            var failures = 0;
            var count = 0;
            try
            {
                Stream? evalStream = null;
                if (eval)
                {
                    var dir = Path.GetDirectoryName(Path.GetFullPath(target));
                    Directory.CreateDirectory(dir!);
                    evalStream = File.Create(target);
                }
                else
                {
                    Directory.CreateDirectory(target);
                }

                await using (evalStream)
                {
                    await foreach (var article in ArticleInputReader.ReadAsync(parse.GetValue(inputs)!, ct))
                    {
                        count++;
                        ExtractionResult result;
                        try
                        {
                            result = extractor.Extract(article, ct);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            failures++;
                            Console.Error.WriteLine($"{article.Origin ?? article.Id}:1:1: extraction failed: {e.GetType().Name}: {e.Message}");
                            if (RuntimeTrace.Enabled)
                            {
                                Console.Error.WriteLine(e.StackTrace);
                            }
                            continue;
                        }

                        foreach (var warning in result.Warnings)
                        {
                            Console.Error.WriteLine($"{article.Origin ?? article.Id}:1:1: warning: {warning}");
                        }

                        if (evalStream is not null)
                        {
                            EvalJsonlWriter.WriteLine(result, evalStream);
                        }
                        else
                        {
                            await using var file = File.Create(Path.Combine(target, SafeName(article.Id) + ".json"));
                            FactsJsonWriter.Write(result, file);
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("kg extract: interrupted");
                return ExitCodes.Interrupted;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.InputError;
            }

            Console.Error.WriteLine($"kg extract: {count} article(s), {failures} failed");
            return failures == 0 ? ExitCodes.Success : failures < count ? ExitCodes.PartialSuccess : ExitCodes.Failure;
        });
        return command;
    }

    private static readonly Dictionary<string, RdfFormat> RdfFormatNames = new(StringComparer.Ordinal)
    {
        ["turtle"] = RdfFormat.Turtle,
        ["trig"] = RdfFormat.TriG,
        ["nquads"] = RdfFormat.NQuads,
        ["jsonld"] = RdfFormat.JsonLd,
    };

    private static string InferFormat(string output) =>
        RdfFormats.TryGuessFromPath(output, out var guessed) && RdfFormatNames.FirstOrDefault(p => p.Value == guessed).Key is { } name
            ? name
            : "facts-json";

    private static string SafeName(string id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Concat(id.Select(c => invalid.Contains(c) || c == '/' ? '_' : c));
    }
}
