using System.CommandLine;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg backup</c>: a consistent copy of the store (a RocksDB checkpoint) into a new directory.</summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var store = StoreLocation.CreateOption();
        var output = new Argument<string>("out") { Description = "Directory to create for the copy; must not exist." };
        var command = new Command("backup", "Write a consistent copy of the store to a new directory (open it with --store OUT).\n\n" +
            "Examples:\n" +
            "  kg backup /backups/kg-2024-05-01\n" +
            "  kg backup --store /data/kg /backups/kg-copy && kg stats --store /backups/kg-copy");
        command.Options.Add(store);
        command.Arguments.Add(output);
        command.SetAction(parse =>
        {
            string dir = StoreLocation.Resolve(parse, store);
            string target = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                using var quads = StoreLocation.Open(dir, createIfMissing: false);
                quads.Backup(target);
                Console.Out.WriteLine($"backed up {quads.Count:N0} quads from {dir} to {target}");
                return ExitCodes.Success;
            }
            catch (StorageException e)
            {
                return StoreLocation.Fail("backup", e);
            }
        });
        return command;
    }
}
