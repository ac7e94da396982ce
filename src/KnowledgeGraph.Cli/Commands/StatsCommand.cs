using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: counts and size of the store.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var command = new Command("stats", "Show the store's quads, named graphs, distinct terms and size on disk.\n\n" +
            "Examples:\n" +
            "  kg stats\n" +
            "  kg stats --store /data/kg");
        command.Options.Add(store);
        command.SetAction((parse, ct) =>
        {
            string dir = StoreLocation.Resolve(parse, store);
            try
            {
                using var quads = StoreLocation.OpenReadOnly(dir);
                var stats = quads.GetStatistics(ct);
                var c = CultureInfo.InvariantCulture;
                Console.Out.WriteLine($"store                  {dir}");
                Console.Out.WriteLine($"quads                  {stats.Quads.ToString("N0", c)}");
                Console.Out.WriteLine($"default-graph triples  {stats.DefaultGraphTriples.ToString("N0", c)}");
                Console.Out.WriteLine($"named graphs           {stats.NamedGraphs.ToString("N0", c)}");
                Console.Out.WriteLine($"distinct terms         {stats.DistinctTerms.ToString("N0", c)}");
                Console.Out.WriteLine($"dictionary entries     ~{stats.DictionaryEntries.ToString("N0", c)}");
                Console.Out.WriteLine($"size on disk           {FormatBytes(stats.SizeOnDiskBytes)}");
                Console.Out.WriteLine($"read index             {(stats.ReadIndexBytes > 0 ? FormatBytes(stats.ReadIndexBytes) + " (current)" : "none (kg compact writes it)")}");
                return Task.FromResult(ExitCodes.Success);
            }
            catch (Exception e) when (e is StorageException or OperationCanceledException)
            {
                return Task.FromResult(StoreLocation.Fail("stats", e));
            }
        });
        return command;
    }

    internal static string FormatBytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(unit == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
