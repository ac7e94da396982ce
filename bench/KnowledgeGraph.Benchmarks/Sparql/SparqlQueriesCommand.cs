using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Benchmarks.Sparql;

/// <summary>
/// The <c>sparql-queries FILE QUERYDIR [--warm N]</c> mode: loads an RDF file into <see cref="InMemoryDataset"/>, runs
/// every <c>*.rq</c> of the folder once cold and N times warm (default 5), reading every row, and prints one line per
/// query: <c>name rows cold_ms warm_median_ms</c>.
/// </summary>
internal static class SparqlQueriesCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("sparql-queries FILE QUERYDIR [--warm N]");
            return 2;
        }

        int warmRuns = args.Length > 3 && args[2] == "--warm" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        if (!RdfFormats.TryGuessFromPath(args[0], out var format))
        {
            Console.Error.WriteLine("cannot guess the format of " + args[0]);
            return 2;
        }

        var load = Stopwatch.StartNew();
        var dataset = new InMemoryDataset();
        var reader = RdfFormats.CreateReader(format, new RdfReaderOptions { SourceName = args[0] });
        using (var stream = new FileStream(args[0], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            foreach (var quad in reader.Read(stream))
            {
                dataset.Add(quad);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# loaded {dataset.Count} quads in {load.Elapsed.TotalSeconds:F1} s"));
        var engine = new SparqlEngine();
        foreach (var file in Directory.GetFiles(args[1], "*.rq").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            var watch = Stopwatch.StartNew();
            long rows = Execute(engine, dataset, text);
            double cold = watch.Elapsed.TotalMilliseconds;
            var warm = new List<double>();
            for (int i = 0; i < warmRuns; i++)
            {
                watch.Restart();
                Execute(engine, dataset, text);
                warm.Add(watch.Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(file)} {rows} {cold:F2} {warm[warm.Count / 2]:F2}"));
        }

        return 0;
    }

    private static long Execute(SparqlEngine engine, IQuadSource source, string query)
    {
        using var result = engine.Query(source, query);
        long rows = 0;
        switch (result)
        {
            case SolutionsResult solutions:
                foreach (var solution in solutions)
                {
                    for (int i = 0; i < solution.Variables.Count; i++)
                    {
                        _ = solution[i];
                    }

                    rows++;
                }

                break;
            case GraphResult graph:
                rows = graph.Count();
                break;
            default:
                rows = 1;
                break;
        }

        return rows;
    }
}
