using System.Globalization;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>
/// Runs the ingest pipeline for the CLI: progress on standard error, a summary table on standard output, the
/// failures on standard error and in the report file, and the exit code.
/// </summary>
internal static class IngestRunner
{
    // Failures listed on the console; the report file has all of them.
    private const int ListedFailures = 20;

    public static async Task<(int ExitCode, IngestSummary Summary)> RunAsync(
        IngestRequest request,
        IArticleExtractor extractor,
        IArticleMapper mapper,
        IQuadStore store,
        ConsoleStreams console,
        CancellationToken cancellationToken)
    {
        var display = new IngestProgressDisplay(console.Error, console.LiveProgress, InputEstimate.Count(request.Inputs));
        var pipeline = new IngestPipeline(extractor, mapper, store, request.Options);
        var summary = await display.RunAsync(progress =>
            pipeline.RunAsync(ArticleSource.ReadAsync(request.Inputs, cancellationToken), progress, cancellationToken)).ConfigureAwait(false);

        WriteSummary(console.Out, summary, request.StoreDirectory, console.Width);
        WriteFailures(console.Error, summary.Failures, request.ReportPath);
        if (request.ReportPath is not null)
        {
            // Written even after Ctrl-C: the report is how the user finds what to fix.
            await FailureReport.WriteAsync(request.ReportPath, summary.Failures, CancellationToken.None).ConfigureAwait(false);
        }

        return (ExitCode(summary), summary);
    }

    internal static int ExitCode(IngestSummary summary)
    {
        if (summary.Cancelled)
        {
            return ExitCodes.Interrupted;
        }

        if (summary.Failures.Count == 0)
        {
            return ExitCodes.Success;
        }

        return summary.Totals.Written + summary.Totals.Unchanged > 0 ? ExitCodes.PartialSuccess : ExitCodes.InputError;
    }

    private static void WriteSummary(TextWriter output, IngestSummary summary, string storeDirectory, int width)
    {
        var t = summary.Totals;
        string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var table = new TextTable("ingest", "count")
            .AddRow("articles written", N(t.Written))
            .AddRow("unchanged (skipped)", N(t.Unchanged))
            .AddRow("failed", N(t.Failed))
            .AddRow("entities", N(t.Entities))
            .AddRow("facts (quotes, control, roles)", N(t.Facts))
            .AddRow("quads", N(t.Quads));
        table.Write(output, width);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(summary.Cancelled ? "Interrupted after" : "Done in")} {t.Elapsed.TotalSeconds:0.0} s ({t.Rate:0.0} articles/s); store: {storeDirectory}"));
        if (summary.Cancelled)
        {
            output.WriteLine("Finished articles are stored; run the same command again to continue.");
        }
    }

    private static void WriteFailures(TextWriter error, IReadOnlyList<IngestFailure> failures, string? reportPath)
    {
        foreach (var failure in failures.Take(ListedFailures))
        {
            error.WriteLine($"{failure.Origin}: {failure.Reason}");
        }

        if (failures.Count > ListedFailures)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"... and {failures.Count - ListedFailures} more failures{(reportPath is null ? " (use --report FILE to list them all)" : string.Empty)}"));
        }

        if (failures.Count > 0 && reportPath is not null)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failures.Count} failures listed in {reportPath}"));
        }
    }
}
