using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The <c>parse</c> mode: streams a file through our reader and reports throughput and peak memory.</summary>
internal static class ParseCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("parse FILE [--format F]");
            return 2;
        }

        string file = args[0];
        RdfFormat format;
        if (args.Length >= 3 && args[1] == "--format")
        {
            format = RdfFormats.ParseName(args[2]);
        }
        else if (!RdfFormats.TryGuessFromPath(file, out format))
        {
            Console.Error.WriteLine("cannot guess the format of " + file);
            return 2;
        }

        var reader = RdfFormats.CreateReader(format, new RdfReaderOptions { SourceName = file, BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        var watch = Stopwatch.StartNew();
        long count = 0;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            foreach (Quad _ in reader.Read(stream))
            {
                count++;
            }
        }

        watch.Stop();
        double seconds = watch.Elapsed.TotalSeconds;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} triples in {seconds:F3} s: {count / seconds:F0} triples/s, peak working set {peak / (1024.0 * 1024.0):F1} MiB"));
        return 0;
    }
}
