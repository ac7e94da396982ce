using System.Net;
using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Tests.Http;

public sealed class FaultTests
{
    private static readonly Iri G1 = Iri.Unchecked("http://example.org/graph/1");
    private const string Secret = "s3cr3t-pa55word";

    private static RemoteEndpointOptions Fast(int retries = 3, double timeoutSeconds = 5, EndpointCredentials? credentials = null) =>
        TestEndpoints.Fast(retries, timeoutSeconds, credentials);

    private static List<Quad> Quads(Iri graph, int n) =>
        Enumerable.Range(0, n).Select(i => new Quad(Iri.Unchecked("http://example.org/s" + i), Iri.Unchecked("http://example.org/p"), Literal.Integer(i), graph)).ToList();

    [Fact]
    public async Task Server_error_500_is_reported_with_graph_and_status_and_not_retried()
    {
        await using var server = new FakeHttpServer(_ => new FakeResponse(500, "Internal Server Error", "SR325: boom"));
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast());
        var summary = await new GraphPusher(client).PushAsync(Quads(G1, 3));
        var result = Assert.Single(summary.Graphs);
        Assert.False(result.Succeeded);
        Assert.Contains("<http://example.org/graph/1>", result.Error);
        Assert.Contains("HTTP 500", result.Error);
        Assert.Contains("SR325: boom", result.Error);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Unauthorized_is_not_retried_and_never_shows_the_password()
    {
        await using var server = new FakeHttpServer(_ => new FakeResponse(401, "Unauthorized", "echo " + Secret) { Headers = [("WWW-Authenticate", "Basic realm=\"kg\"")] });
        var options = Fast(credentials: new EndpointCredentials("alice", Secret, AuthScheme.Basic));
        using var client = new GraphStoreClient(server.Url("/gsp"), options);
        var ex = await Assert.ThrowsAsync<SparqlProtocolException>(() => client.PutAsync(G1, [Quads(G1, 1)[0].Triple]));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, options.Credentials!.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_until_it_works()
    {
        int calls = 0;
        await using var server = new FakeHttpServer(_ => Interlocked.Increment(ref calls) <= 2 ? new FakeResponse(503, "Service Unavailable") : FakeResponse.Ok());
        var notices = new List<RetryNotice>();
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast()) { OnRetry = notices.Add };
        await client.PutAsync(G1, [Quads(G1, 1)[0].Triple]);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, notices.Count);
    }

    [Fact]
    public async Task A_write_that_lost_a_race_inside_the_store_is_retried()
    {
        int calls = 0;
        await using var server = new FakeHttpServer(_ => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(500, "Request Failed", "Error 23000 SR197: Non unique primary key on DB.DBA.RDF_DATATYPE.")
            : FakeResponse.Ok());
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast());
        var summary = await new GraphPusher(client).PushAsync(Quads(G1, 3));
        Assert.True(Assert.Single(summary.Graphs).Succeeded);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Too_many_requests_is_retried()
    {
        int calls = 0;
        await using var server = new FakeHttpServer(_ => Interlocked.Increment(ref calls) == 1 ? new FakeResponse(429, "Too Many Requests") : FakeResponse.Ok());
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast());
        await client.DeleteAsync(G1);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Bad_request_is_not_retried()
    {
        await using var server = new FakeHttpServer(_ => new FakeResponse(400, "Bad Request", "syntax"));
        using var client = new SparqlClient(server.Url("/sparql"), Fast());
        var ex = await Assert.ThrowsAsync<SparqlProtocolException>(() => client.UpdateAsync("CLEAR ALL"));
        Assert.False(ex.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Slow_server_beyond_the_timeout_is_retried_then_reported()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok() with { Delay = TimeSpan.FromSeconds(3) });
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast(retries: 1, timeoutSeconds: 0.3));
        var ex = await Assert.ThrowsAsync<SparqlProtocolException>(() => client.PutAsync(G1, [Quads(G1, 1)[0].Triple]));
        Assert.True(ex.IsTransient);
        Assert.Contains("PUT graph <http://example.org/graph/1>", ex.Message);
        Assert.Contains("within 0.3 s", ex.Message);

        // One attempt and one retry; counted as connections, since the client may hang up before a request is read.
        Assert.Equal(2, await server.ConnectionsAsync(2));
    }

    [Fact]
    public async Task Connection_refused_is_transient_and_names_the_endpoint()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var client = new SparqlClient(new Uri($"http://127.0.0.1:{port}/sparql"), Fast(retries: 2));
        var ex = await Assert.ThrowsAsync<SparqlProtocolException>(() => client.QueryAsync("ASK {}"));
        Assert.True(ex.IsTransient);
        Assert.Null(ex.StatusCode);
        Assert.Contains($"127.0.0.1:{port}/sparql", ex.Message);
        Assert.Contains("cannot connect", ex.Message);
    }

    [Fact]
    public async Task Dropped_connection_mid_push_fails_the_graph_and_a_rerun_replaces_it_completely()
    {
        // The remote graph is simulated: PUT replaces, POST adds (as a set).
        var remote = new HashSet<string>();
        bool failing = true;
        await using var server = new FakeHttpServer(request =>
        {
            var lines = request.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lock (remote)
            {
                if (request.Method == "PUT")
                {
                    remote.Clear();
                }
                else if (failing)
                {
                    return new FakeResponse(200) { DropConnection = true };
                }

                remote.UnionWith(lines);
            }

            return FakeResponse.Ok();
        });
        var quads = Quads(G1, 25);
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast(retries: 1));
        var pusher = new GraphPusher(client, new PushOptions { ChunkSize = 10, MaxGraphAttempts = 1 });
        var first = await pusher.PushAsync(quads);
        Assert.Equal(1, first.Failed);
        Assert.Contains("may now hold 10 of 25", first.Graphs[0].Error);

        failing = false;
        var second = await pusher.PushAsync(quads);
        Assert.Equal(0, second.Failed);
        Assert.Equal(quads.Select(q => q.Triple.ToString()).Order(), remote.Order());
    }

    [Fact]
    public async Task Blank_node_components_stay_in_one_chunk()
    {
        var bodies = new List<string>();
        await using var server = new FakeHttpServer(request =>
        {
            lock (bodies)
            {
                bodies.Add(request.Body);
            }

            return FakeResponse.Ok();
        });
        var p = Iri.Unchecked("http://example.org/p");
        var quads = new List<Quad>();
        for (int i = 0; i < 6; i++)
        {
            quads.Add(new Quad(new BlankNode("a"), p, new BlankNode("c" + i), G1));
            quads.Add(new Quad(new BlankNode("c" + i), p, Literal.Integer(i), G1));
        }

        quads.AddRange(Quads(G1, 5));
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast());
        var summary = await new GraphPusher(client, new PushOptions { ChunkSize = 4 }).PushAsync(quads);
        Assert.Equal(0, summary.Failed);
        Assert.Single(bodies, b => b.Contains("_:a ", StringComparison.Ordinal));
        Assert.Single(bodies, b => b.Contains("_:c5 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_results_are_parsed_into_the_shared_model()
    {
        const string json = """{"head":{"vars":["s","o"]},"results":{"bindings":[{"s":{"type":"bnode","value":"nodeID://b10006"},"o":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"5"}}]}}""";
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok(json, "application/sparql-results+json"));
        using var client = new SparqlClient(server.Url("/sparql"), Fast());
        using var result = await client.QueryAsync("PREFIX ex: <http://e/select> SELECT * { ?s ?p ?o }");
        var row = Assert.Single(Assert.IsType<SolutionsResult>(result));
        Assert.Equal(new BlankNode("b10006"), row["s"]);
        Assert.Equal(Literal.Integer(5), row["o"]);
        Assert.Equal("GET", server.Requests[0].Method);
        Assert.StartsWith("/sparql?query=", server.Requests[0].Target, StringComparison.Ordinal);
        Assert.Contains("application/sparql-results+json", server.Requests[0].Headers["Accept"]);
    }

    [Fact]
    public async Task Long_queries_are_sent_as_form_posts_and_updates_escape_hostile_text()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok("""{"boolean":true}""", "application/sparql-results+json"));
        using var client = new SparqlClient(server.Url("/sparql"), Fast());
        string longQuery = "ASK { ?s ?p \"" + new string('x', 3000) + "\" }";
        using var result = await client.QueryAsync(longQuery);
        Assert.True(Assert.IsType<BooleanResult>(result).Value);
        Assert.Equal("POST", server.Requests[0].Method);
        Assert.Equal("query=" + Uri.EscapeDataString(longQuery), server.Requests[0].Body);

        string hostile = "a&update=DROP ALL&b=\"}";
        await client.UpdateAsync(hostile);
        Assert.Equal("update=" + Uri.EscapeDataString(hostile), server.Requests[1].Body);
    }
}
