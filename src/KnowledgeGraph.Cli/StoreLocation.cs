using System.CommandLine;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>--store</c> option shared by every store command, and its resolution.</summary>
internal static class StoreLocation
{
    public static Option<string?> CreateOption() => new("--store", "-s")
    {
        Description = $"Store directory (default: ${StoreLocator.EnvironmentVariable}, else {StoreLocator.DefaultRelativePath} under the current directory).",
    };

    public static string Resolve(ParseResult parse, Option<string?> option) => StoreLocator.Resolve(parse.GetValue(option));

    /// <summary>Opens the store for a command; storage errors are mapped to a message and exit code by the caller.</summary>
    public static QuadStore Open(string directory, bool createIfMissing, bool singleThread = false) =>
        QuadStore.Open(directory, new QuadStoreOptions
        {
            CreateIfMissing = createIfMissing,
            IndexWriterThreads = singleThread ? 1 : QuadStoreOptions.Default.IndexWriterThreads,
        });

    /// <summary>
    /// Opens an existing store for reading only: no lock, so it works while another process (a load, an ingest)
    /// writes; it sees the store as of opening.
    /// </summary>
    public static QuadStore OpenReadOnly(string directory) =>
        QuadStore.Open(directory, new QuadStoreOptions { CreateIfMissing = false, ReadOnly = true });

    /// <summary>Writes a storage error as <c>kg COMMAND: message</c> and returns the exit code.</summary>
    public static int Fail(string command, Exception error)
    {
        Console.Error.WriteLine($"kg {command}: {error.Message}");
        return error is OperationCanceledException ? ExitCodes.Interrupted : ExitCodes.Failure;
    }
}
