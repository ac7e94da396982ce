using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Tests.Integration;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// <c>kg push</c> to the shared Virtuoso with a literal longer than its Graph Store line limit: it arrives whole by
/// SPARQL Update, and with the limit turned off the server's refusal is reported with exit code 4.
/// </summary>
public sealed class PushEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-push-");


    public void Dispose() => _folder.Dispose();

    [VirtuosoFact]
    public async Task A_literal_over_the_line_limit_is_pushed_whole()
    {
        var graph = Iri.Unchecked("http://example.org/kg-cli2-push/" + Guid.NewGuid().ToString("N")[..8]);
        var body = string.Concat(Enumerable.Repeat("A long article body without line breaks. ", 2500));
        var data = _folder.Sub("long.nq");
        await using (var file = new StreamWriter(data))
        {
            using var writer = new NQuadsWriter(file);
            writer.Write(new Quad(Iri.Unchecked("http://example.org/article/1"), Iri.Unchecked("http://schema.org/articleBody"), Literal.Create(body), graph));
            writer.Write(new Quad(Iri.Unchecked("http://example.org/article/1"), Iri.Unchecked("http://schema.org/headline"), Literal.Create("Short"), graph));
        }

        string endpoint = VirtuosoFactAttribute.SparqlEndpoint!;
        try
        {
            var refused = await KgRunner.RunAsync(_folder.Path, "push", data, "--endpoint", endpoint, "--graph-store", VirtuosoFactAttribute.GraphStoreEndpoint!,
                "--max-line-bytes", "0", "--retries", "0");
            Assert.True(refused.ExitCode == 4, refused.ToString());
            Assert.Contains("HTTP 500", refused.Error, StringComparison.Ordinal);
            Assert.Contains("over 65,535 bytes", refused.Error, StringComparison.Ordinal);

            var pushed = await KgRunner.RunAsync(_folder.Path, "push", data, "--endpoint", endpoint, "--graph-store", VirtuosoFactAttribute.GraphStoreEndpoint!);
            Assert.True(pushed.ExitCode == 0, pushed.ToString());
            Assert.Contains("SPARQL Update", pushed.Error, StringComparison.Ordinal);

            var length = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", endpoint, "--format", "csv",
                $"SELECT (STRLEN(?body) AS ?n) WHERE {{ GRAPH <{graph.Value}> {{ ?a <http://schema.org/articleBody> ?body }} }}");
            Assert.Equal($"n\r\n{body.Length}\r\n", length.Output);
        }
        finally
        {
            using var gsp = new GraphStoreClient(new Uri(VirtuosoFactAttribute.GraphStoreEndpoint!));
            await gsp.DeleteAsync(graph);
        }
    }

    /// <summary>
    /// Requests start while the input is read, so a syntax error half-way must stop the push cleanly: exit code 1,
    /// the position of the error, and the graph whose triples came before it named as not pushed (it was still
    /// waiting for the end of the input, so the remote store has nothing of it).
    /// </summary>
    [VirtuosoFact]
    public async Task A_syntax_error_half_way_stops_the_push_with_its_position()
    {
        var graph = "http://example.org/kg-cli2-push/" + Guid.NewGuid().ToString("N")[..8];
        var data = _folder.Sub("broken.nq");
        await File.WriteAllTextAsync(data,
            $"<http://example.org/a> <http://example.org/p> \"one\" <{graph}> .\n" +
            $"<http://example.org/b> <http://example.org/p> \"two\" <{graph}> .\n" +
            $"<http://example.org/c> <http://example.org/p> \"three <{graph}> .\n");

        var run = await KgRunner.RunAsync(_folder.Path, "push", data, "--endpoint", VirtuosoFactAttribute.SparqlEndpoint!, "--graph-store", VirtuosoFactAttribute.GraphStoreEndpoint!);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("broken.nq:3:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"graph <{graph}> was not pushed", run.Error, StringComparison.Ordinal);
        var count = await KgRunner.RunAsync(_folder.Path, "query", "--endpoint", VirtuosoFactAttribute.SparqlEndpoint!, "--format", "csv",
            $"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}");
        Assert.Equal("n\r\n0\r\n", count.Output);
    }
}
