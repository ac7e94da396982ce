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
    private readonly string _work = Path.Combine(Path.GetTempPath(), "kg-push-" + Guid.NewGuid().ToString("N")[..10]);

    public PushEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does no harm.
        }
    }

    [VirtuosoFact]
    public async Task A_literal_over_the_line_limit_is_pushed_whole()
    {
        var graph = Iri.Unchecked("http://example.org/kg-cli2-push/" + Guid.NewGuid().ToString("N")[..8]);
        var body = string.Concat(Enumerable.Repeat("A long article body without line breaks. ", 2500));
        var data = Path.Combine(_work, "long.nq");
        await using (var file = new StreamWriter(data))
        {
            using var writer = new NQuadsWriter(file);
            writer.Write(new Quad(Iri.Unchecked("http://example.org/article/1"), Iri.Unchecked("http://schema.org/articleBody"), Literal.Create(body), graph));
            writer.Write(new Quad(Iri.Unchecked("http://example.org/article/1"), Iri.Unchecked("http://schema.org/headline"), Literal.Create("Short"), graph));
        }

        string endpoint = VirtuosoFactAttribute.SparqlEndpoint!;
        try
        {
            var refused = await KgRunner.RunAsync(_work, "push", data, "--endpoint", endpoint, "--graph-store", VirtuosoFactAttribute.GraphStoreEndpoint!,
                "--max-line-bytes", "0", "--retries", "0");
            Assert.True(refused.ExitCode == 4, refused.ToString());
            Assert.Contains("HTTP 500", refused.Error, StringComparison.Ordinal);
            Assert.Contains("over 65,535 bytes", refused.Error, StringComparison.Ordinal);

            var pushed = await KgRunner.RunAsync(_work, "push", data, "--endpoint", endpoint, "--graph-store", VirtuosoFactAttribute.GraphStoreEndpoint!);
            Assert.True(pushed.ExitCode == 0, pushed.ToString());
            Assert.Contains("SPARQL Update", pushed.Error, StringComparison.Ordinal);

            var length = await KgRunner.RunAsync(_work, "query", "--endpoint", endpoint, "--format", "csv",
                $"SELECT (STRLEN(?body) AS ?n) WHERE {{ GRAPH <{graph.Value}> {{ ?a <http://schema.org/articleBody> ?body }} }}");
            Assert.Equal($"n\r\n{body.Length}\r\n", length.Output);
        }
        finally
        {
            using var gsp = new GraphStoreClient(new Uri(VirtuosoFactAttribute.GraphStoreEndpoint!));
            await gsp.DeleteAsync(graph);
        }
    }
}
