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

    /// <summary>Tables written to a pipe or file fit this many columns unless <c>COLUMNS</c> says otherwise.</summary>
    public const int DefaultWidth = 120;

    /// <summary>The width tables should fit: <c>COLUMNS</c> when set, else the terminal's, else <see cref="DefaultWidth"/>.</summary>
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
                return DefaultWidth;
            }

            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
            }
            catch (IOException)
            {
                return DefaultWidth;
            }
        }
    }
}
