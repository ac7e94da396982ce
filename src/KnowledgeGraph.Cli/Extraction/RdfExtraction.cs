using System.Text;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Facts;
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
    // Articles extracted in parallel before they are written in order.
    private const int BatchSize = 16;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs, RdfFormat format, string output, IArticleExtractor extractor, IArticleMapper mapper, TextWriter error, CancellationToken cancellationToken)
    {
        int workers = new IngestOptions().Workers;
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
                var batch = new List<(Article Article, string Origin)>(BatchSize);
                void WriteBatch()
                {
                    // Extracted in parallel, written in input order, so the output does not depend on timing.
                    var mapped = new (MappedArticle? Graph, string? Error)[batch.Count];
                    try
                    {
                        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
                        {
                            try
                            {
                                mapped[i] = (mapper.Map(extractor.Extract(batch[i].Article, cancellationToken), cancellationToken), null);
                            }
                            catch (Exception e) when (e is not OperationCanceledException)
                            {
                                mapped[i] = (null, "extraction failed: " + e.GetType().Name + ": " + e.Message);
                            }
                        });
                    }
                    catch (AggregateException e) when (cancellationToken.IsCancellationRequested && e.InnerExceptions.All(x => x is OperationCanceledException))
                    {
                        // An extraction that saw the interrupt first comes out wrapped: report it as the interrupt it is.
                        throw new OperationCanceledException(cancellationToken);
                    }
                    for (int i = 0; i < batch.Count; i++)
                    {
                        if (mapped[i].Graph is not { } graph)
                        {
                            Fail(batch[i].Origin, mapped[i].Error!);
                            continue;
                        }

                        writer.WriteArticle([.. graph.Quads.Select(q => q.Graph.Equals(graph.Graph) ? q : q with { Graph = graph.Graph })]);
                        written++;
                    }

                    batch.Clear();
                }

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

                    batch.Add((article, item.Origin));
                    if (batch.Count == BatchSize)
                    {
                        WriteBatch();
                    }
                }

                WriteBatch();
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
            return ConsoleStreams.OpenBufferedOutput();
        }

        if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        return new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
    }
}
