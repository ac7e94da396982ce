namespace KnowledgeGraph.Cli;

/// <summary>The exit codes of every <c>kg</c> command (documented in the README and in <c>kg --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Bad input: a syntax error in data or a query, an unreadable file. The message says where.</summary>
    public const int InputError = 1;

    /// <summary>Bad usage: unknown command or option, missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>Partial success: some items of a batch failed and were reported; the rest were processed.</summary>
    public const int PartialSuccess = 3;

    /// <summary>The operation failed for another reason: a store or server error, a timeout.</summary>
    public const int Failure = 4;

    /// <summary>Interrupted by the user (Ctrl-C); finished work is kept.</summary>
    public const int Interrupted = 130;
}
