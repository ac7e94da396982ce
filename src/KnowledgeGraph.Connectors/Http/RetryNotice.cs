namespace KnowledgeGraph.Connectors.Http;

/// <summary>A transient failure that is about to be retried.</summary>
/// <param name="Attempt">The number of the attempt that comes next (2 for the first retry).</param>
/// <param name="Delay">How long the client waits before it.</param>
/// <param name="Reason">What failed (no credentials).</param>
public sealed record RetryNotice(int Attempt, TimeSpan Delay, string Reason);
