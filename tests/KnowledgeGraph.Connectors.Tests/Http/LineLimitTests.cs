using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.Tests.Http;

/// <summary>
/// Triples whose N-Triples line is longer than the Graph Store line limit (Virtuoso's is 65,535 bytes) never go in a
/// Graph Store body: they are sent by SPARQL Update, or, without an update endpoint, their graph is reported with
/// the triple and the limit.
/// </summary>
public sealed class LineLimitTests
{
    private static readonly Iri Graph = Iri.Unchecked("http://example.org/article/long");
    private static readonly Iri P = Iri.Unchecked("http://example.org/p");
    private static readonly Iri LongSubject = Iri.Unchecked("http://example.org/s/long-text");

    private static RemoteEndpointOptions Fast => TestEndpoints.Fast(retries: 0);

    private static List<Quad> Quads(Term longSubject) =>
    [
        new(Iri.Unchecked("http://example.org/s/1"), P, Literal.Create("short"), Graph),
        new(longSubject, P, Literal.Create(string.Concat(Enumerable.Repeat("a long article body ", 5000))), Graph),
        new(Iri.Unchecked("http://example.org/s/2"), P, Literal.Create("also short"), Graph),
    ];

    private static int LongestLine(string body) => body.Split('\n').Max(l => System.Text.Encoding.UTF8.GetByteCount(l) + 1);

    [Fact]
    public async Task Overlong_triples_go_by_sparql_update_and_the_graph_store_bodies_stay_under_the_limit()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok());
        using var gsp = new GraphStoreClient(server.Url("/gsp"), Fast);
        using var sparql = new SparqlClient(server.Url("/sparql"), Fast);

        var summary = await new GraphPusher(gsp, null, sparql).PushAsync(Quads(LongSubject));

        var result = Assert.Single(summary.Graphs);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Triples);
        var bodies = server.Requests.Where(r => r.Target.StartsWith("/gsp", StringComparison.Ordinal)).ToList();
        var put = Assert.Single(bodies);
        Assert.Equal("PUT", put.Method);
        Assert.True(LongestLine(put.Body) <= PushOptions.DefaultMaxLineBytes);
        Assert.Equal(2, put.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var update = Uri.UnescapeDataString(Assert.Single(server.Requests, r => r.Target.StartsWith("/sparql", StringComparison.Ordinal)).Body.Replace('+', ' '));
        Assert.StartsWith("update=INSERT DATA { GRAPH <http://example.org/article/long>", update, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/s/long-text>", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_update_endpoint_the_graph_is_reported_with_the_triple_and_the_limit()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok());
        using var gsp = new GraphStoreClient(server.Url("/gsp"), Fast);

        var summary = await new GraphPusher(gsp).PushAsync(Quads(LongSubject));

        var result = Assert.Single(summary.Graphs);
        Assert.False(result.Succeeded);
        Assert.Contains("<http://example.org/article/long>", result.Error, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/s/long-text>", result.Error, StringComparison.Ordinal);
        Assert.Contains("65,535 bytes", result.Error, StringComparison.Ordinal);
        Assert.Contains("100,061 bytes", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_overlong_triple_with_a_blank_node_cannot_be_sent_apart_and_is_reported()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok());
        using var gsp = new GraphStoreClient(server.Url("/gsp"), Fast);
        using var sparql = new SparqlClient(server.Url("/sparql"), Fast);

        var summary = await new GraphPusher(gsp, null, sparql).PushAsync(Quads(new BlankNode("b1")));

        var result = Assert.Single(summary.Graphs);
        Assert.False(result.Succeeded);
        Assert.Contains("blank node", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_limit_of_zero_sends_every_triple_in_graph_store_bodies()
    {
        await using var server = new FakeHttpServer(_ => FakeResponse.Ok());
        using var gsp = new GraphStoreClient(server.Url("/gsp"), Fast);

        var summary = await new GraphPusher(gsp, new PushOptions { MaxLineBytes = 0 }).PushAsync(Quads(LongSubject));

        Assert.True(summary.Graphs[0].Succeeded, summary.Graphs[0].Error);
        Assert.True(LongestLine(Assert.Single(server.Requests).Body) > PushOptions.DefaultMaxLineBytes);
    }
}
