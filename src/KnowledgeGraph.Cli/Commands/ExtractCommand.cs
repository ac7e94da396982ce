using System.CommandLine;
using KnowledgeGraph.Cli.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Output;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract</c>: extracts entities, quotes, roles and control facts from articles.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Article files (.txt, .jsonl) or folders.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: facts-json (one DIR/<id>.json per article) or eval-jsonl (one FILE, one line per article).",
            DefaultValueFactory = _ => "facts-json",
        };
        format.AcceptOnlyFromAmong("facts-json", "eval-jsonl");
        var output = new Option<string>("--output", "-o") { Description = "Output folder (facts-json) or file (eval-jsonl).", Required = true };
        var budget = new Option<double>("--time-budget") { Description = "Seconds allowed per article.", DefaultValueFactory = _ => 10.0 };
        var command = new Command("extract", "Extract entities, quotations, roles and control facts from news articles.");
        command.Arguments.Add(inputs);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(budget);
        command.SetAction(async (parse, ct) =>
        {
            var extractor = new NewsExtractor(new ExtractorOptions { TimeBudget = TimeSpan.FromSeconds(parse.GetValue(budget)) });
            var target = parse.GetValue(output)!;
            var eval = parse.GetValue(format) == "eval-jsonl";
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
                            if (Environment.GetEnvironmentVariable("KG_TRACE") == "1")
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

    private static string SafeName(string id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Concat(id.Select(c => invalid.Contains(c) || c == '/' ? '_' : c));
    }
}
