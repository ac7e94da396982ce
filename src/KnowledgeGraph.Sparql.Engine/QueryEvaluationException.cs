namespace KnowledgeGraph.Sparql.Engine;

/// <summary>Evaluation of a query or update stopped; <see cref="Reason"/> says why.</summary>
public class QueryEvaluationException : Exception
{
    public QueryEvaluationException(string message, EvaluationFailure reason) : base(message) => Reason = reason;

    public QueryEvaluationException(string message, EvaluationFailure reason, Exception inner) : base(message, inner) => Reason = reason;

    public QueryEvaluationException() : this("Query evaluation failed.", EvaluationFailure.Unsupported) { }

    public QueryEvaluationException(string message) : this(message, EvaluationFailure.Unsupported) { }

    public QueryEvaluationException(string message, Exception inner) : this(message, EvaluationFailure.Unsupported, inner) { }

    public EvaluationFailure Reason { get; }
}
