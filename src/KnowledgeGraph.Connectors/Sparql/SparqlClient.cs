using System.Net.Http.Headers;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// A client for a remote SPARQL 1.1 endpoint (SPARQL 1.1 Protocol, https://www.w3.org/TR/sparql11-protocol/):
/// queries by GET or form POST with content negotiation, results parsed into the same model the embedded engine
/// returns, and updates by form POST. Transient failures are retried (see <see cref="RemoteEndpointOptions"/>).
/// </summary>
public sealed class SparqlClient : IDisposable
{
    private const int MaxGetUrlLength = 2000;
    private const string SolutionsAccept = "application/sparql-results+json, application/sparql-results+xml;q=0.9";
    private const string GraphAccept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5";

    private static readonly ISparqlResultsReader[] Readers =
        [new SharedResultsReader()];

    private readonly HttpTransport _transport;
    private readonly RdfGraphResultsReader _graphReader = new();

    /// <param name="endpoint">The query/update endpoint, e.g. <c>http://127.0.0.1:18890/sparql</c>.</param>
    /// <param name="options">Timeouts, retries and credentials.</param>
    /// <param name="handler">An HTTP handler to use instead of the default (owned and disposed by the client).</param>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http(s) URL.</exception>
    public SparqlClient(Uri endpoint, RemoteEndpointOptions? options = null, HttpMessageHandler? handler = null) =>
        _transport = new HttpTransport(endpoint, options ?? RemoteEndpointOptions.Default, handler);

    /// <summary>The endpoint, without credentials, for messages.</summary>
    public string Endpoint => _transport.DisplayEndpoint;

    /// <summary>How queries are sent; updates always use form POST.</summary>
    public SparqlRequestMethod QueryMethod { get; init; } = SparqlRequestMethod.Auto;

    /// <summary>Called before each retry of a transient failure.</summary>
    public Action<RetryNotice>? OnRetry { get; init; }

    /// <summary>
    /// Runs a query and returns its result: <see cref="SolutionsResult"/> (SELECT), <see cref="BooleanResult"/> (ASK)
    /// or <see cref="GraphResult"/> (CONSTRUCT, DESCRIBE). The result is fully read and can be enumerated again.
    /// </summary>
    /// <param name="query">The query text, sent as is.</param>
    /// <param name="defaultGraphs">Graphs for the <c>default-graph-uri</c> parameter, or null for the server's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="SparqlProtocolException">The server refused the query or could not be reached.</exception>
    public Task<QueryResult> QueryAsync(string query, IReadOnlyList<Iri>? defaultGraphs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = QueryFormScanner.Scan(query);
        string accept = form switch
        {
            SparqlQueryForm.Select or SparqlQueryForm.Ask => SolutionsAccept,
            SparqlQueryForm.Construct or SparqlQueryForm.Describe => GraphAccept,
            _ => SolutionsAccept + ", " + GraphAccept,
        };
        var fields = new List<KeyValuePair<string, string>> { new("query", query) };
        foreach (var g in defaultGraphs ?? [])
        {
            fields.Add(new("default-graph-uri", g.Value));
        }

        string encoded = FormEncoding.Encode(fields);
        bool useGet = QueryMethod == SparqlRequestMethod.Get
            || (QueryMethod == SparqlRequestMethod.Auto && _transport.Endpoint.AbsoluteUri.Length + encoded.Length + 1 < MaxGetUrlLength);
        return _transport.SendAsync(
            "query",
            () =>
            {
                HttpRequestMessage request;
                if (useGet)
                {
                    var builder = new UriBuilder(_transport.Endpoint);
                    builder.Query = string.IsNullOrEmpty(builder.Query) ? encoded : builder.Query.TrimStart('?') + "&" + encoded;
                    request = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
                }
                else
                {
                    request = new HttpRequestMessage(HttpMethod.Post, _transport.Endpoint) { Content = FormEncoding.Content(encoded) };
                }

                request.Headers.Accept.ParseAdd(accept);
                return request;
            },
            retryAmbiguous: true,
            ReadResultAsync,
            OnRetry,
            cancellationToken);
    }

    /// <summary>Runs a SPARQL 1.1 Update request (form POST, parameter <c>update</c>).</summary>
    /// <exception cref="SparqlProtocolException">The server refused the update or could not be reached. Updates
    /// are retried only when the server cannot have applied them (connection refused, 429, 503).</exception>
    public Task UpdateAsync(string update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        string encoded = FormEncoding.Encode([new("update", update)]);
        return _transport.SendAsync(
            "update",
            () => new HttpRequestMessage(HttpMethod.Post, _transport.Endpoint) { Content = FormEncoding.Content(encoded) },
            retryAmbiguous: false,
            static async (response, ct) =>
            {
                await response.Content.CopyToAsync(Stream.Null, ct).ConfigureAwait(false);
                return true;
            },
            OnRetry,
            cancellationToken);
    }

    /// <summary>
    /// Checks what the endpoint allows: a query, and with <paramref name="checkUpdate"/> an update that changes
    /// nothing (<c>DROP SILENT GRAPH</c> of an unused graph name). Never throws for a refusal; see
    /// <see cref="EndpointCapabilities.Problems"/>.
    /// </summary>
    public async Task<EndpointCapabilities> CheckAsync(bool checkUpdate, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        bool canQuery = false;
        try
        {
            using var result = await QueryAsync("ASK {}", null, cancellationToken).ConfigureAwait(false);
            canQuery = result is BooleanResult;
            if (!canQuery)
            {
                problems.Add($"{Endpoint} answered ASK with something other than a boolean; is it a SPARQL endpoint?");
            }
        }
        catch (SparqlProtocolException ex)
        {
            problems.Add("queries do not work: " + ex.Message);
        }

        bool? canUpdate = null;
        if (checkUpdate && canQuery)
        {
            try
            {
                await UpdateAsync("DROP SILENT GRAPH <urn:x-knowledgegraph:capability-probe>", cancellationToken).ConfigureAwait(false);
                canUpdate = true;
            }
            catch (SparqlProtocolException ex)
            {
                canUpdate = false;
                problems.Add("updates are not allowed: " + ex.Message);
            }
        }

        return new EndpointCapabilities(canQuery, canUpdate, problems);
    }

    private async Task<QueryResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var reader in Readers)
            {
                if (reader.CanRead(mediaType))
                {
                    return await reader.ReadAsync(stream, mediaType, cancellationToken).ConfigureAwait(false);
                }
            }

            if (_graphReader.CanRead(mediaType))
            {
                return await _graphReader.ReadAsync(stream, mediaType, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is FormatException or RdfSyntaxException)
        {
            throw new SparqlProtocolException($"query at {Endpoint}: the answer ({mediaType}) could not be read: {ex.Message}", response.StatusCode, false, ex);
        }

        throw new SparqlProtocolException($"query at {Endpoint}: unexpected answer type '{mediaType}'", response.StatusCode, false);
    }

    public void Dispose() => _transport.Dispose();
}
