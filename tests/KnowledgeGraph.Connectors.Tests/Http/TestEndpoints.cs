using KnowledgeGraph.Connectors.Http;

namespace KnowledgeGraph.Connectors.Tests.Http;

/// <summary>Endpoint options for tests against local servers: short retry delays so that failures come quickly.</summary>
internal static class TestEndpoints
{
    public static RemoteEndpointOptions Fast(int retries = 3, double timeoutSeconds = 5, EndpointCredentials? credentials = null) => new()
    {
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        Credentials = credentials,
    };
}
