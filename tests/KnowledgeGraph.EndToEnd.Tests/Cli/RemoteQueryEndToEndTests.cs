using System.Text;
using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Tests.Http;
using KnowledgeGraph.Connectors.Tests.Integration;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// <c>kg query --endpoint</c> (and <c>kg sparql --endpoint</c>): against a fake HTTP server for the protocol paths
/// (results, authentication, errors and their exit codes), and against the shared Virtuoso, where the remote result
/// must print exactly as the embedded store's result for the same data.
/// </summary>
public sealed class RemoteQueryEndToEndTests : IDisposable
{
    private const string SelectJson = """
        {"head":{"vars":["person","name"]},"results":{"bindings":[
          {"person":{"type":"uri","value":"http://schema.org/Person"},"name":{"type":"literal","value":"Ada Kerr"}},
          {"person":{"type":"uri","value":"https://w3id.org/knowledgegraph/id/entity/person/ada-kerr"},"name":{"type":"literal","xml:lang":"en","value":"Kerr"}}
        ]}}
        """;

    private readonly TempDirectory _folder = new("kg-remote-");


    public void Dispose() => _folder.Dispose();

    private static FakeResponse Results(string body = SelectJson) => FakeResponse.Ok(body, "application/sparql-results+json");

    [Fact]
    public async Task A_remote_select_prints_as_a_table_and_as_csv()
    {
        await using var server = new FakeHttpServer(_ => Results());
        string endpoint = server.Url("/sparql").AbsoluteUri;

        var table = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", endpoint, "SELECT ?person ?name WHERE { ?person <http://schema.org/name> ?name }");
        var csv = await KgRunner.RunAsync(_folder.Path, "query", "-e", endpoint, "--format", "csv", "SELECT ?person ?name WHERE { ?person <http://schema.org/name> ?name }");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("schema:Person", table.Output, StringComparison.Ordinal);
        Assert.Contains("kg:entity/person/ada-kerr", table.Output, StringComparison.Ordinal);
        Assert.Contains("\"Kerr\"@en", table.Output, StringComparison.Ordinal);
        Assert.Contains("2 solutions", table.Output, StringComparison.Ordinal);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Equal("person,name\r\nhttp://schema.org/Person,Ada Kerr\r\nhttps://w3id.org/knowledgegraph/id/entity/person/ada-kerr,Kerr\r\n", csv.Output);
        Assert.All(server.Requests, r => Assert.Contains("person", Uri.UnescapeDataString(r.Target + r.Body), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_query_file_and_the_password_file_are_used_and_the_password_never_appears()
    {
        await using var server = new FakeHttpServer(r => r.Headers.TryGetValue("Authorization", out var auth) &&
                                                         auth == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:s3cret-pw"))
            ? FakeResponse.Ok("{\"head\":{},\"boolean\":true}", "application/sparql-results+json")
            : new FakeResponse(401, "Unauthorized") { Headers = [("WWW-Authenticate", "Basic realm=\"kg\"")] });
        var passwordFile = _folder.Sub("pw.txt");
        await File.WriteAllTextAsync(passwordFile, "s3cret-pw\n");
        var queryFile = _folder.Sub("ask.rq");
        await File.WriteAllTextAsync(queryFile, "ASK { ?s ?p ?o }");
        string endpoint = server.Url("/sparql").AbsoluteUri;

        var ok = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", endpoint, "--user", "reader", "--password-file", passwordFile, "--query", queryFile);
        var wrong = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", endpoint, "--query", queryFile);
        var noPassword = await KgRunner.RunWithEnvironmentAsync(_folder.Path, new Dictionary<string, string?> { ["KG_PASSWORD"] = null },
            "query", "--endpoint", endpoint, "--user", "reader", "ASK {}");

        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal("true", ok.Output.Trim());
        Assert.True(wrong.ExitCode == 4, wrong.ToString());
        Assert.Contains("401", wrong.Error, StringComparison.Ordinal);
        Assert.True(noPassword.ExitCode == 2, noPassword.ToString());
        Assert.DoesNotContain("s3cret-pw", ok.Output + ok.Error + wrong.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, 1)]
    [InlineData(500, 4)]
    public async Task Server_errors_map_to_the_exit_codes_of_the_embedded_query(int status, int exitCode)
    {
        await using var server = new FakeHttpServer(_ => new FakeResponse(status, "Error", "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error"));

        var result = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", server.Url("/sparql").AbsoluteUri, "SELEKT * WHERE {}");

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_are_reported_before_any_request()
    {
        await using var server = new FakeHttpServer(_ => Results());
        string endpoint = server.Url("/sparql").AbsoluteUri;

        var both = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", endpoint, "--store", _folder.Path, "ASK {}");
        var notUrl = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", "ftp://example.org/sparql", "ASK {}");
        var graphFormat = await KgRunner.RunAsync(_folder.Path, "sparql", "--endpoint", endpoint, "--format", "turtle", "SELECT * WHERE { ?s ?p ?o }");

        Assert.True(both.ExitCode == 2, both.ToString());
        Assert.True(notUrl.ExitCode == 2, notUrl.ToString());
        Assert.True(graphFormat.ExitCode == 2, graphFormat.ToString());
        Assert.Single(server.Requests);
    }

    [VirtuosoFact]
    public async Task A_virtuoso_result_prints_exactly_as_the_embedded_result()
    {
        var graph = Iri.Unchecked("http://example.org/kg-cli2-test/" + Guid.NewGuid().ToString("N")[..8]);
        var name = Iri.Unchecked("http://schema.org/name");
        var triples = new List<Triple>
        {
            new(Iri.Unchecked("https://w3id.org/knowledgegraph/id/entity/person/ada-kerr"), name, Literal.Create("Ada Kerr")),
            new(Iri.Unchecked("https://w3id.org/knowledgegraph/id/entity/person/bo-lind"), name, Literal.Create("Bo \"the quiet\" Lind")),
            new(Iri.Unchecked("https://w3id.org/knowledgegraph/id/entity/org/port-authority"), name, Literal.Create(new string('x', 300))),
        };
        var data = _folder.Sub("data.nq");
        await using (var file = new StreamWriter(data))
        {
            using var writer = new NQuadsWriter(file);
            triples.ForEach(t => writer.Write(t.InGraph(graph)));
        }

        using var gsp = new GraphStoreClient(new Uri(VirtuosoFactAttribute.GraphStoreEndpoint!));
        await gsp.PutAsync(graph, triples);
        try
        {
            var store = _folder.Sub("store");
            var load = await KgRunner.RunAsync(_folder.Path, "load", data, "--store", store);
            Assert.True(load.ExitCode == 0, load.ToString());
            string query = $"SELECT ?s ?name WHERE {{ GRAPH <{graph.Value}> {{ ?s <http://schema.org/name> ?name }} }} ORDER BY ?s";
            foreach (var format in new[] { "table", "csv", "tsv" })
            {
                var local = await KgRunner.RunAsync(_folder.Path, "query", "--store", store, "--format", format, query);
                var remote = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", VirtuosoFactAttribute.SparqlEndpoint!, "--format", format, query);

                Assert.True(remote.ExitCode == 0, remote.ToString());
                Assert.Equal(local.Output, remote.Output);
            }

            var bad = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", VirtuosoFactAttribute.SparqlEndpoint!, "SELECT ?s WHERE { ?s ");
            Assert.True(bad.ExitCode == 1, bad.ToString());
        }
        finally
        {
            await gsp.DeleteAsync(graph);
        }
    }
}
