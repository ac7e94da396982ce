using System.Net;

namespace KnowledgeGraph.Connectors.Http;

/// <summary>
/// A remote SPARQL or Graph Store endpoint failed or could not be reached. The message names the operation (and
/// graph), the endpoint without credentials, and the remote status; it never contains a password.
/// </summary>
public sealed class SparqlProtocolException : Exception
{
    public SparqlProtocolException(string message, HttpStatusCode? statusCode, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    public SparqlProtocolException() : this("SPARQL protocol error", null, false)
    {
    }

    public SparqlProtocolException(string message) : this(message, null, false)
    {
    }

    public SparqlProtocolException(string message, Exception inner) : this(message, null, false, inner)
    {
    }

    /// <summary>The HTTP status the server answered with, or null when there was no answer (refused, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// Whether trying again later may succeed: connection failures, timeouts, 429, 502, 503 and 504. Client errors
    /// (400, 401, 403, 404, ...) and 500 are not transient.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>Whether the server may have applied the request although it failed (a timeout or a gateway error).</summary>
    public bool MayHaveBeenApplied { get; init; }
}
