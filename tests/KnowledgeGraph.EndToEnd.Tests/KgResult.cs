namespace KnowledgeGraph.EndToEnd.Tests;

/// <summary>What a <c>kg</c> run printed and returned.</summary>
internal sealed record KgResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
