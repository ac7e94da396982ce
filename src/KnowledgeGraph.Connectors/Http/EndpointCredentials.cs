namespace KnowledgeGraph.Connectors.Http;

/// <summary>A user name and password for a remote endpoint. <see cref="ToString"/> never shows the password.</summary>
public sealed class EndpointCredentials(string userName, string password, AuthScheme scheme = AuthScheme.Auto)
{
    public string UserName { get; } = userName ?? throw new ArgumentNullException(nameof(userName));

    public string Password { get; } = password ?? throw new ArgumentNullException(nameof(password));

    public AuthScheme Scheme { get; } = scheme;

    public override string ToString() => $"{UserName} (password hidden, {Scheme})";
}
