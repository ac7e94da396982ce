using System.CommandLine;
using System.Runtime.InteropServices;
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

        // The first Ctrl-C (SIGINT) or SIGTERM cancels the command's token: it finishes the write in flight, reports
        // and returns 130. A second one ends the process at once (the signal's default action).
        using var interrupt = new CancellationTokenSource();
        var signals = 0;
        void OnSignal(PosixSignalContext context)
        {
            if (Interlocked.Increment(ref signals) == 1)
            {
                context.Cancel = true;
                interrupt.Cancel();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interrupt.Token).ConfigureAwait(false);
    }

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
        CompactCommand.Create(),
        ExtractCommand.Create(),
        PushCommand.Create(),
        ExportCommand.Create(),
        IngestCommand.Create(),
        DemoCommand.Create(),
    ];
}
