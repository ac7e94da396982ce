namespace KnowledgeGraph.Connectors.Http;

/// <summary>How credentials are presented to the server.</summary>
public enum AuthScheme
{
    /// <summary>Whatever the server's challenge asks for (Basic or Digest); the first request goes without credentials.</summary>
    Auto,

    /// <summary>HTTP Basic (RFC 7617), sent with every request. Use only over HTTPS or on loopback.</summary>
    Basic,

    /// <summary>HTTP Digest (RFC 7616, MD5 or SHA-256), answered to the server's challenge.</summary>
    Digest,
}
