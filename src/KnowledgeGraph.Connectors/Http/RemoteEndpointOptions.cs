namespace KnowledgeGraph.Connectors.Http;

/// <summary>Connection settings shared by <see cref="Sparql.SparqlClient"/> and <see cref="GraphStore.GraphStoreClient"/>.</summary>
public sealed record RemoteEndpointOptions
{
    public static RemoteEndpointOptions Default { get; } = new();

    /// <summary>Time allowed for one request, from sending to the end of the response body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>How many times a transient failure is retried (so at most <c>MaxRetries + 1</c> attempts).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry delay; each further retry waits twice as long (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Credentials, or null for anonymous access.</summary>
    public EndpointCredentials? Credentials { get; init; }

    /// <summary>The User-Agent header.</summary>
    public string UserAgent { get; init; } = "KnowledgeGraph/0.1";
}
