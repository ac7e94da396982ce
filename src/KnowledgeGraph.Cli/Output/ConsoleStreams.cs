namespace KnowledgeGraph.Cli.Output;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
internal sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool LiveProgress, int Width)
{
    /// <summary>The process's console, with live progress only on an interactive terminal.</summary>
    public static ConsoleStreams System => new(Console.Out, Console.Error, TerminalInfo.InteractiveErrorOutput, TerminalInfo.OutputWidth);
}
