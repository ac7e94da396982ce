using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// A client for the SPARQL 1.1 Graph Store HTTP Protocol (https://www.w3.org/TR/sparql11-http-rdf-update/) with
/// indirect graph identification (<c>?graph=IRI</c>): PUT replaces a graph, POST adds to it, DELETE removes it,
/// GET reads it. Bodies are N-Triples.
/// </summary>
public sealed class GraphStoreClient : IDisposable
{
    private const string NTriplesMediaType = "application/n-triples";
    private readonly HttpTransport _transport;

    /// <param name="endpoint">The Graph Store endpoint, e.g. <c>http://127.0.0.1:18890/sparql-graph-crud</c>.</param>
    /// <param name="options">Timeouts, retries and credentials.</param>
    /// <param name="handler">An HTTP handler to use instead of the default (owned and disposed by the client).</param>
    public GraphStoreClient(Uri endpoint, RemoteEndpointOptions? options = null, HttpMessageHandler? handler = null) =>
        _transport = new HttpTransport(endpoint, options ?? RemoteEndpointOptions.Default, handler);

    /// <summary>The endpoint, without credentials, for messages.</summary>
    public string Endpoint => _transport.DisplayEndpoint;

    /// <summary>The query parameter that names the graph: <c>graph</c> (the specification; Virtuoso also reads <c>graph-uri</c>).</summary>
    public string GraphParameter { get; init; } = "graph";

    /// <summary>Called before each retry of a transient failure.</summary>
    public Action<RetryNotice>? OnRetry { get; init; }

    /// <summary>Replaces the graph with these triples (HTTP PUT). Safe to retry.</summary>
    /// <exception cref="SparqlProtocolException">The server refused or could not be reached; the message names the graph.</exception>
    public Task PutAsync(Iri graph, IReadOnlyList<Triple> triples, CancellationToken cancellationToken = default) =>
        SendBodyAsync(HttpMethod.Put, graph, NTriplesBody.Serialize(triples), "PUT", idempotent: true, cancellationToken);

    /// <summary>Adds the triples to the graph (HTTP POST). Retried after an ambiguous failure only when no triple has a blank node.</summary>
    /// <exception cref="SparqlProtocolException">The server refused or could not be reached; the message names the graph.</exception>
    public Task PostAsync(Iri graph, IReadOnlyList<Triple> triples, CancellationToken cancellationToken = default) =>
        SendBodyAsync(HttpMethod.Post, graph, NTriplesBody.Serialize(triples), "POST", idempotent: !triples.Any(HasBlankNode), cancellationToken);

    /// <summary>Removes the graph (HTTP DELETE); false when the server says it does not exist (404).</summary>
    public Task<bool> DeleteAsync(Iri graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return SendOrNotFoundAsync(
            $"DELETE graph <{graph.Value}>",
            () => new HttpRequestMessage(HttpMethod.Delete, GraphUri(graph)),
            static async (response, ct) =>
            {
                await response.Content.CopyToAsync(Stream.Null, ct).ConfigureAwait(false);
                return true;
            },
            false,
            cancellationToken);
    }

    /// <summary>Reads the graph (HTTP GET); null when the server says it does not exist (404).</summary>
    public Task<IReadOnlyList<Triple>?> GetAsync(Iri graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return SendOrNotFoundAsync<IReadOnlyList<Triple>?>(
            $"GET graph <{graph.Value}>",
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, GraphUri(graph));
                request.Headers.Accept.ParseAdd("application/n-triples, text/turtle;q=0.9");
                return request;
            },
            async (response, ct) =>
            {
                string mediaType = response.Content.Headers.ContentType?.MediaType ?? NTriplesMediaType;
                var format = mediaType.Contains("turtle", StringComparison.OrdinalIgnoreCase) ? RdfFormat.Turtle : RdfFormat.NTriples;
                var buffer = new MemoryStream();
                await response.Content.CopyToAsync(buffer, ct).ConfigureAwait(false);
                buffer.Position = 0;
                var options = new RdfReaderOptions { SourceName = $"GET <{graph.Value}>" };
                return RdfFormats.Read(buffer, format, options, ct).Select(q => q.Triple).ToList();
            },
            null,
            cancellationToken);
    }

    /// <summary>
    /// Checks that the endpoint accepts writes: PUT of one triple into a scratch graph, then DELETE of it. Returns
    /// null when both worked, otherwise a message that says what failed.
    /// </summary>
    public async Task<string?> CheckWritableAsync(CancellationToken cancellationToken = default)
    {
        var probe = Iri.Unchecked("urn:x-knowledgegraph:graph-store-probe");
        try
        {
            await PutAsync(probe, [new Triple(probe, probe, Literal.Create("probe"))], cancellationToken).ConfigureAwait(false);
            await DeleteAsync(probe, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (SparqlProtocolException ex)
        {
            return "the Graph Store endpoint does not accept writes: " + ex.Message;
        }
    }

    internal Task SendBodyAsync(HttpMethod method, Iri graph, ReadOnlyMemory<byte> body, string label, bool idempotent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return _transport.SendAsync(
            $"{label} graph <{graph.Value}>",
            () =>
            {
                var content = new ReadOnlyMemoryContent(body);
                // No charset parameter: N-Triples is always UTF-8, and Virtuoso 7.2 misreads POST bodies labelled with one.
                content.Headers.ContentType = new MediaTypeHeaderValue(NTriplesMediaType);
                return new HttpRequestMessage(method, GraphUri(graph)) { Content = content };
            },
            idempotent,
            static async (response, ct) =>
            {
                await response.Content.CopyToAsync(Stream.Null, ct).ConfigureAwait(false);
                return true;
            },
            OnRetry,
            cancellationToken);
    }

    private async Task<T?> SendOrNotFoundAsync<T>(
        string operation,
        Func<HttpRequestMessage> create,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        T? notFound,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _transport.SendAsync(operation, create, retryAmbiguous: true, read, OnRetry, cancellationToken).ConfigureAwait(false);
        }
        catch (SparqlProtocolException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return notFound;
        }
    }

    private Uri GraphUri(Iri graph)
    {
        var builder = new UriBuilder(_transport.Endpoint);
        string parameter = Uri.EscapeDataString(GraphParameter) + "=" + Uri.EscapeDataString(graph.Value);
        builder.Query = string.IsNullOrEmpty(builder.Query) ? parameter : builder.Query.TrimStart('?') + "&" + parameter;
        return builder.Uri;
    }

    private static bool HasBlankNode(Triple t) => t.Subject is BlankNode || t.Obj is BlankNode;

    public void Dispose() => _transport.Dispose();
}
