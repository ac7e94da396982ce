using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The <c>generate</c> mode: writes a deterministic synthetic news graph as N-Triples or Turtle.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        long triples = 1_000_000;
        string? output = null;
        int seed = 42;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--triples": triples = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine("unknown option " + args[i]); return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("--out is required");
            return 2;
        }

        bool turtle = output.EndsWith(".ttl", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 20);
        var sink = new NewsGraphSink(writer, turtle);
        long written = new NewsGraphGenerator(seed).Generate(sink, triples);
        sink.Finish();
        Console.Error.WriteLine($"wrote {written} triples to {output}");
        return 0;
    }
}
