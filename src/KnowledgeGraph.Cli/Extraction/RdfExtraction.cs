using System.Text;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Extraction;

/// <summary>
/// <c>kg extract --format turtle|trig|nquads|jsonld</c>: reads articles with the readers of <c>kg ingest</c>, extracts
/// and maps each one to its named graph exactly as ingest stores it, and streams the graphs into one RDF file. A bad
/// article is reported on standard error and the rest go on.
/// </summary>
internal static class RdfExtraction
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs, RdfFormat format, string output, IArticleExtractor extractor, IArticleMapper mapper, TextWriter error, CancellationToken cancellationToken)
    {
        var prefixes = PrefixMap.CreateWellKnown();
        foreach (var (prefix, ns) in TermFormatter.ProjectPrefixes)
        {
            prefixes.Set(prefix, ns);
        }

        int written = 0;
        int failed = 0;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Fail(string origin, string reason)
        {
            failed++;
            error.WriteLine($"{origin}: {reason}");
        }

        TextWriter target;
        try
        {
            target = OpenOutput(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{output}:0:0: cannot write: {e.Message}");
            return ExitCodes.InputError;
        }

        var cancelled = false;
        await using (target.ConfigureAwait(false))
        {
            var writer = new ArticleRdfWriter(target, format, prefixes);
            try
            {
                await foreach (var item in ArticleSource.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
                {
                    if (item.Article is not { } article)
                    {
                        Fail(item.Origin, item.Error!);
                        continue;
                    }

                    if (!seen.TryAdd(article.Id, item.Origin))
                    {
                        Fail(item.Origin, $"duplicate article id \"{article.Id}\" (first read from {seen[article.Id]})");
                        continue;
                    }

                    MappedArticle mapped;
                    try
                    {
                        mapped = mapper.Map(extractor.Extract(article, cancellationToken), cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(item.Origin, "extraction failed: " + e.GetType().Name + ": " + e.Message);
                        continue;
                    }

                    writer.WriteArticle([.. mapped.Quads.Select(q => q.Graph.Equals(mapped.Graph) ? q : q with { Graph = mapped.Graph })]);
                    written++;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
            }

            // Close the document even after Ctrl-C, so the articles written so far form a valid file.
            writer.Finish();
        }

        string where = output == "-" ? "standard output" : output;
        error.WriteLine($"kg extract: {written} article(s) written to {where} as {RdfFormats.GetName(format)}, {failed} failed{(cancelled ? " (interrupted)" : string.Empty)}");
        return cancelled ? ExitCodes.Interrupted
            : failed == 0 ? ExitCodes.Success
            : written > 0 ? ExitCodes.PartialSuccess
            : ExitCodes.InputError;
    }

    private static TextWriter OpenOutput(string output)
    {
        if (output == "-")
        {
            return new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        }

        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        return new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
    }
}
