namespace KnowledgeGraph.Sparql.Engine;

/// <summary>The query ran longer than the configured timeout and was stopped.</summary>
public sealed class QueryTimeoutException : QueryEvaluationException
{
    public QueryTimeoutException(TimeSpan timeout)
        : base($"The query was stopped after the timeout of {timeout.TotalSeconds:0.###} s.", EvaluationFailure.Timeout) => Timeout = timeout;

    public QueryTimeoutException() : this(TimeSpan.Zero) { }

    public QueryTimeoutException(string message) : base(message, EvaluationFailure.Timeout) { }

    public QueryTimeoutException(string message, Exception inner) : base(message, EvaluationFailure.Timeout, inner) { }

    /// <summary>The timeout that was exceeded.</summary>
    public TimeSpan Timeout { get; }
}
