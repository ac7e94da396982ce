namespace KnowledgeGraph.Sparql.Engine;

/// <summary>Why a query or update stopped without an answer.</summary>
public enum EvaluationFailure
{
    /// <summary>The caller's cancellation token was cancelled.</summary>
    Cancelled,

    /// <summary>The query ran longer than <see cref="SparqlEngineOptions.Timeout"/>.</summary>
    Timeout,

    /// <summary>The query produced more results than <see cref="SparqlEngineOptions.ResultLimit"/>.</summary>
    ResultLimit,

    /// <summary>The query uses a feature the engine does not evaluate (for example SERVICE).</summary>
    Unsupported,

    /// <summary>An update operation failed (for example LOAD of a missing document, CREATE of an existing graph).</summary>
    UpdateFailed,
}
