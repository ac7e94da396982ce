using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// Runs SERVICE blocks of the embedded engine at remote endpoints with <see cref="SparqlClient"/>, one client per
/// endpoint (kept for the executor's lifetime). Only http(s) endpoints are called.
/// </summary>
public sealed class SparqlServiceExecutor(RemoteEndpointOptions? options = null) : ISparqlServiceExecutor, IDisposable
{
    private readonly Dictionary<string, SparqlClient> _clients = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task<SolutionsResult> ExecuteAsync(Iri endpoint, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        SparqlClient client;
        lock (_lock)
        {
            if (!_clients.TryGetValue(endpoint.Value, out client!))
            {
                if (!Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new ArgumentException($"SERVICE endpoint {endpoint.Value} is not an http(s) URL.", nameof(endpoint));
                }

                client = new SparqlClient(uri, options);
                _clients[endpoint.Value] = client;
            }
        }

        var result = await client.QueryAsync(query, null, cancellationToken).ConfigureAwait(false);
        return result as SolutionsResult
            ?? throw new InvalidOperationException($"SERVICE endpoint {endpoint.Value} did not answer with solutions.");
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            _clients.Clear();
        }
    }
}
