using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Prints a query result in one of the CLI output formats: <c>table</c> (aligned, prefixed names, literals truncated to
/// the terminal width), <c>json</c>, <c>xml</c>, <c>csv</c>, <c>tsv</c> for solutions and booleans, and <c>turtle</c>,
/// <c>ntriples</c> (also <c>table</c>) for graphs. Shared by <c>kg sparql</c> and <c>kg query</c>.
/// </summary>
internal static class ResultPrinter
{
    /// <summary>The names accepted by <see cref="Print"/>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "json", "xml", "csv", "tsv", "turtle", "ntriples"];

    /// <summary>
    /// The prefixes tables and Turtle output use: the well-known ones, our ontology and data namespaces, and those the
    /// query declares (which win).
    /// </summary>
    public static PrefixMap Prefixes(IEnumerable<KeyValuePair<string, string>> declared)
    {
        var prefixes = PrefixMap.CreateWellKnown();
        foreach (var (prefix, ns) in TermFormatter.ProjectPrefixes.Concat(declared.Select(e => (e.Key, e.Value))))
        {
            prefixes.Set(prefix, ns);
        }

        return prefixes;
    }

    /// <summary>
    /// Prints the result to standard output, tables at <see cref="TerminalInfo.OutputWidth"/>, and returns the exit
    /// code: success, or a usage error (reported as <c>kg COMMAND: ...</c>) for a format that cannot hold the result.
    /// </summary>
    public static int PrintToConsole(QueryResult result, string format, PrefixMap prefixes, string command)
    {
        using var output = ConsoleStreams.OpenBufferedOutput();
        try
        {
            Print(result, format, prefixes, output, TerminalInfo.OutputWidth);
            output.Flush();
            return ExitCodes.Success;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"kg {command}: {e.Message}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Writes the result; throws <see cref="ArgumentException"/> for a format that cannot hold it.</summary>
    public static void Print(QueryResult result, string format, PrefixMap prefixes, TextWriter output, int width)
    {
        switch (format.ToLowerInvariant())
        {
            case "table":
                switch (result)
                {
                    case SolutionsResult s:
                        new TableRenderer(prefixes, width).Render(s, output);
                        return;
                    case BooleanResult b:
                        output.WriteLine(b.Value ? "true" : "false");
                        return;
                    default:
                        WriteGraph((GraphResult)result, RdfFormat.Turtle, prefixes, output);
                        return;
                }

            case "turtle" or "ntriples":
                if (result is not GraphResult g)
                {
                    throw new ArgumentException($"--format {format} needs a CONSTRUCT or DESCRIBE query.");
                }

                WriteGraph(g, format == "turtle" ? RdfFormat.Turtle : RdfFormat.NTriples, prefixes, output);
                return;
            default:
                if (!SparqlResults.TryParseFormat(format, out var f))
                {
                    throw new ArgumentException($"Unknown format '{format}' (expected one of: {string.Join(", ", Formats)}).");
                }

                if (result is GraphResult)
                {
                    throw new ArgumentException($"--format {format} needs a SELECT or ASK query; use turtle or ntriples for graphs.");
                }

                if (result is BooleanResult && f is SparqlResultFormat.Csv or SparqlResultFormat.Tsv)
                {
                    throw new ArgumentException("CSV and TSV cannot hold an ASK result; use json, xml or table.");
                }

                SparqlResults.Write(result, f, output);
                return;
        }
    }

    private static void WriteGraph(GraphResult graph, RdfFormat format, PrefixMap prefixes, TextWriter output)
    {
        using var writer = RdfFormats.CreateWriter(format, output, prefixes);
        foreach (var t in graph)
        {
            writer.Write(t);
        }

        writer.Finish();
    }
}
