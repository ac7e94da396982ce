using System.Globalization;

namespace KnowledgeGraph.Cli.Output;

/// <summary>What the CLI knows about where its output goes.</summary>
internal static class TerminalInfo
{
    /// <summary>Whether live, redrawn progress suits standard error: a terminal, and not a CI run.</summary>
    public static bool InteractiveErrorOutput =>
        !Console.IsErrorRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) &&
        !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>The width tables should fit: the terminal's, or <c>COLUMNS</c>, or unlimited when output is piped.</summary>
    public static int OutputWidth
    {
        get
        {
            if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) &&
                columns > 0)
            {
                return columns;
            }

            if (Console.IsOutputRedirected)
            {
                return int.MaxValue;
            }

            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
            }
            catch (IOException)
            {
                return 120;
            }
        }
    }
}
