using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The composition root: builds the <c>kg</c> command tree and runs it.</summary>
public static class KgApp
{
    /// <summary>
    /// Runs <c>kg</c> with the given arguments and returns the process exit code. Ctrl-C (SIGINT) and SIGTERM cancel
    /// the command's token; the command finishes its work in flight and returns 130.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine("kg: " + error.Message);
            }

            Console.Error.WriteLine("Try 'kg --help'.");
            return ExitCodes.UsageError;
        }

        // Only the asynchronous invocation turns SIGINT into a cancelled token; the synchronous one lets the
        // runtime kill the process at once, before finished work is reported.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TerminationGrace }).ConfigureAwait(false);
    }

    // How long a cancelled command may take to finish the write in flight before the process ends anyway.
    private static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(30);

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "KnowledgeGraph: turn news articles into a queryable knowledge graph.\n\n" +
            "Exit codes: 0 success, 1 bad input (syntax error, unreadable file), 2 bad usage, " +
            "3 partial success (some items failed and were reported), 4 other failure, 130 interrupted.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    // Each command lives in its own file under Commands/; add new ones here.
    private static IEnumerable<Command> Commands() =>
    [
        ConvertCommand.Create(),
        SparqlCommand.Create(),
        LoadCommand.Create(),
        QueryCommand.Create(),
        UpdateCommand.Create(),
        StatsCommand.Create(),
        BackupCommand.Create(),
        ExtractCommand.Create(),
        PushCommand.Create(),
        ExportCommand.Create(),
        IngestCommand.Create(),
        DemoCommand.Create(),
    ];
}
