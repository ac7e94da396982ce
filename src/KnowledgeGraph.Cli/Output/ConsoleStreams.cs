namespace KnowledgeGraph.Cli.Output;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
internal sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool LiveProgress, int Width)
{
    /// <summary>The process's console, with live progress only on an interactive terminal.</summary>
    public static ConsoleStreams System => new(Console.Out, Console.Error, TerminalInfo.InteractiveErrorOutput, TerminalInfo.OutputWidth);

    /// <summary>
    /// Standard output in 64 KiB blocks, for large outputs: <see cref="Console.Out"/> flushes on every write, so a
    /// result of many rows went out a cell at a time, one system call each. Dispose (or flush) to write the rest.
    /// </summary>
    public static TextWriter OpenBufferedOutput() => new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false), 1 << 16);
}
