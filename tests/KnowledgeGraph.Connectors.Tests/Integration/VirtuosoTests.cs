using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Connectors.Sparql;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Tests.Integration;

/// <summary>Round trips through a real Virtuoso 7.2 (see VirtuosoFactAttribute for when they run).</summary>
public sealed class VirtuosoTests : IDisposable
{
    private static readonly Iri P = Iri.Unchecked("http://example.org/kg/p");
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly SparqlClient _sparql = new(new Uri(VirtuosoFactAttribute.SparqlEndpoint ?? "http://127.0.0.1:1/sparql"));
    private readonly GraphStoreClient _gsp = new(new Uri(VirtuosoFactAttribute.GraphStoreEndpoint ?? "http://127.0.0.1:1/gsp"));

    public void Dispose()
    {
        _sparql.Dispose();
        _gsp.Dispose();
    }

    private Iri Graph(string name) => Iri.Unchecked($"http://example.org/test/{_run}/{name}");

    /// <summary>
    /// Values Virtuoso keeps exactly (it lowercases language tags and canonicalises numbers, so avoid those). The long
    /// text is 24 KB: Virtuoso 7.2 rejects Graph Store bodies with a line over 65,535 bytes as "unsupported type text/plain" (see the long-line test).
    /// </summary>
    private static List<Literal> HostileLiterals() =>
    [
        Literal.Create("quote \" brace } triple \"\"\" end"),
        Literal.Create("newline\nreturn\r\ntab\t backslash \\ and \\n"),
        Literal.Create("control \u0001\u0007\u001F chars"),
        Literal.Create("non-BMP 😀 𝄞 and Cyrillic Київ, CJK 北京, RTL مرحبا"),
        Literal.Create(string.Concat(Enumerable.Repeat("long text block ", 1500))),
        Literal.Create(""),
        Literal.LanguageTagged("Grüße } \" '", "de"),
        Literal.Typed("2024-05-01T10:00:00Z", Xsd.DateTime),
        Literal.Typed("42", Xsd.Integer),
        Literal.Typed("custom } \" value", Iri.Unchecked("http://example.org/dt")),
        Literal.Create("INSERT DATA { GRAPH <http://evil/> { <a> <b> <c> } } ;"),
    ];

    private List<Quad> HostileQuads(Iri graph) =>
        HostileLiterals().Select((l, i) => new Quad(Iri.Unchecked($"http://example.org/s/{i}"), P, l, graph)).ToList();

    private async Task<List<string>> RemoteTriplesAsync(Iri graph)
    {
        using var result = await _sparql.QueryAsync($"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph.Value}> {{ ?s ?p ?o }} }}");
        return ((SolutionsResult)result).Select(r => new Triple(r["s"]!, r["p"]!, r["o"]!).ToString()).Order(StringComparer.Ordinal).ToList();
    }

    [VirtuosoFact]
    public async Task Hostile_literals_round_trip_through_the_graph_store()
    {
        var g = Graph("hostile");
        var quads = HostileQuads(g);
        var summary = await new GraphPusher(_gsp, new PushOptions { ChunkSize = 4 }).PushAsync(quads);
        Assert.True(summary.Failed == 0, summary.Graphs[0].Error);
        var expected = quads.Select(q => q.Triple.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, await RemoteTriplesAsync(g));
        var back = await _gsp.GetAsync(g);
        Assert.True(Isomorphism.AreIsomorphic(quads.Select(q => q.Triple), back!));
        await _gsp.DeleteAsync(g);
    }

    [VirtuosoFact]
    public async Task Pushing_twice_leaves_the_same_graph_and_a_changed_graph_replaces_only_itself()
    {
        var a = Graph("a");
        var b = Graph("b");
        var quads = HostileQuads(a).Concat(HostileQuads(b)).ToList();
        var pusher = new GraphPusher(_gsp, new PushOptions { ChunkSize = 3 });
        var first = await pusher.PushAsync(quads);
        Assert.True(first.Failed == 0, string.Join("; ", first.Graphs.Select(x => x.Error)));
        var firstA = await RemoteTriplesAsync(a);
        await pusher.PushAsync(quads);
        Assert.Equal(firstA, await RemoteTriplesAsync(a));

        var changedB = HostileQuads(b).Take(2).Append(new Quad(Iri.Unchecked("http://example.org/new"), P, Literal.Create("new"), b)).ToList();
        await pusher.PushAsync(changedB);
        Assert.Equal(firstA, await RemoteTriplesAsync(a));
        Assert.Equal(changedB.Select(q => q.Triple.ToString()).Order(StringComparer.Ordinal), await RemoteTriplesAsync(b));
        await _gsp.DeleteAsync(a);
        await _gsp.DeleteAsync(b);
    }

    [VirtuosoFact]
    public async Task Sparql_update_with_escaped_hostile_literals_stores_the_exact_values()
    {
        var g = Graph("update");
        var quads = HostileQuads(g).Where(q => ((Literal)q.Obj).Value.Length < 1000).ToList();
        string body = string.Join("\n", quads.Select(q => q.Triple.ToString()));
        await _sparql.UpdateAsync($"INSERT DATA {{ GRAPH <{g.Value}> {{ {body} }} }}");
        Assert.Equal(quads.Select(q => q.Triple.ToString()).Order(StringComparer.Ordinal), await RemoteTriplesAsync(g));
        await _sparql.UpdateAsync($"DROP SILENT GRAPH <{g.Value}>");
        Assert.Empty(await RemoteTriplesAsync(g));
    }

    /// <summary>
    /// Virtuoso's Graph Store rejects a body line longer than 65,535 bytes (HTTP 500, "unsupported type text/plain");
    /// the pusher sends such triples by SPARQL Update, so a 100 KB literal arrives whole.
    /// </summary>
    [VirtuosoFact]
    public async Task A_literal_longer_than_the_graph_store_line_limit_arrives_whole()
    {
        var g = Graph("long-line");
        var quads = new List<Quad>
        {
            new(Iri.Unchecked("http://example.org/s/short"), P, Literal.Create("short"), g),
            new(Iri.Unchecked("http://example.org/s/long"), P, Literal.Create(string.Concat(Enumerable.Repeat("long line \"ü\" ", 7000))), g),
        };

        var direct = await new GraphPusher(_gsp, new PushOptions { MaxLineBytes = 0 }).PushAsync(quads);
        Assert.False(direct.Graphs[0].Succeeded);
        Assert.Contains("HTTP 500", direct.Graphs[0].Error, StringComparison.Ordinal);

        var summary = await new GraphPusher(_gsp, null, _sparql).PushAsync(quads);
        Assert.True(summary.Failed == 0, summary.Graphs[0].Error);
        Assert.Equal(quads.Select(q => q.Triple.ToString()).Order(StringComparer.Ordinal), await RemoteTriplesAsync(g));
        await _gsp.DeleteAsync(g);
    }

    [VirtuosoFact]
    public async Task Capabilities_are_reported_and_construct_results_are_graphs()
    {
        var caps = await _sparql.CheckAsync(checkUpdate: true);
        Assert.True(caps.IsUsable, string.Join("; ", caps.Problems));
        Assert.Null(await _gsp.CheckWritableAsync());
        var g = Graph("construct");
        await _gsp.PutAsync(g, [new Triple(Iri.Unchecked("http://example.org/x"), P, Literal.Create("x \"}"))]);
        using var result = await _sparql.QueryAsync($"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g.Value}> {{ ?s ?p ?o }} }}");
        Assert.Equal("x \"}", ((Literal)Assert.Single(Assert.IsType<GraphResult>(result)).Obj).Value);
        await _gsp.DeleteAsync(g);
    }

    [VirtuosoFact]
    public async Task Wrong_password_on_the_digest_endpoint_is_a_clear_non_transient_error()
    {
        var uri = new Uri(VirtuosoFactAttribute.GraphStoreEndpoint! + "-auth");
        using var client = new GraphStoreClient(uri, new RemoteEndpointOptions { Credentials = new EndpointCredentials("dba", "not-the-password-xyz", AuthScheme.Digest), MaxRetries = 0 });
        var ex = await Assert.ThrowsAsync<SparqlProtocolException>(() => client.PutAsync(Graph("auth"), [new Triple(P, P, P)]));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.DoesNotContain("not-the-password-xyz", ex.ToString(), StringComparison.Ordinal);
    }
}
