namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

/// <summary>The documented exit codes, restated so a change to them shows up as a test failure.</summary>
internal static class ExitCodesUnderTest
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int PartialSuccess = 3;
    public const int Failure = 4;
    public const int Interrupted = 130;
}
