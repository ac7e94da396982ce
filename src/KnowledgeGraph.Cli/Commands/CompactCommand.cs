using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg compact</c>: rewrites the store's files into one sorted run per index. Loads and ingests leave several
/// overlapping files, and graph replacements leave deleted entries behind; compacting reclaims their space and saves
/// reads from looking in several files.
/// </summary>
internal static class CompactCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var command = new Command("compact", "Compact the store: reclaim the space of replaced and deleted data and speed up queries (best after a large load or ingest). " +
            "It also writes the read index, a memory-mapped copy of the indexes that queries read instead of RocksDB until the next write " +
            "(two to three times faster lookups; about 40 bytes per quad on disk).\n\n" +
            "Examples:\n" +
            "  kg compact\n" +
            "  kg load big.nt --store /data/kg && kg compact --store /data/kg");
        command.Options.Add(store);
        command.SetAction((parse, ct) =>
        {
            string dir = StoreLocation.Resolve(parse, store);
            try
            {
                using var quads = StoreLocation.Open(dir, createIfMissing: false);
                long before = quads.GetStatistics(ct).SizeOnDiskBytes;
                var clock = Stopwatch.StartNew();
                Console.Error.WriteLine($"kg compact: compacting {dir} ({StatsCommand.FormatBytes(before)})...");
                quads.Compact(ct);
                var after = quads.GetStatistics(ct);
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"compacted {quads.Count:N0} quads in {clock.Elapsed.TotalSeconds:F1} s: {StatsCommand.FormatBytes(before)} -> {StatsCommand.FormatBytes(after.SizeOnDiskBytes)} on disk, of which the read index {StatsCommand.FormatBytes(after.ReadIndexBytes)}"));
                return Task.FromResult(ExitCodes.Success);
            }
            catch (Exception e) when (e is StorageException or OperationCanceledException)
            {
                return Task.FromResult(StoreLocation.Fail("compact", e));
            }
        });
        return command;
    }
}
