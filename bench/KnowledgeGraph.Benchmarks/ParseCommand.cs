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
        RdfFormat format = default;
        bool formatGiven = false;
        int repeat = 1;
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--format")
            {
                format = RdfFormats.ParseName(args[i + 1]);
                formatGiven = true;
            }
            else if (args[i] == "--repeat")
            {
                repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        if (formatGiven)
        {
        }
        else if (!RdfFormats.TryGuessFromPath(file, out format))
        {
            Console.Error.WriteLine("cannot guess the format of " + file);
            return 2;
        }

        for (int run = 0; run < repeat; run++)
        {
            ParseOnce(file, format);
        }

        return 0;
    }

    private static void ParseOnce(string file, RdfFormat format)
    {
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
    }
}
