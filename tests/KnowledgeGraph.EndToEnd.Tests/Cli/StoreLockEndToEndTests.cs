using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// While one process holds the store for writing, <c>kg stats</c> and <c>kg query</c> still run (they open it
/// read-only, without the lock) and <c>kg load</c> fails clearly with exit code 4.
/// </summary>
public sealed class StoreLockEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-e2e-");

    private string Store => _folder.Sub("store");

    [Fact]
    public async Task Stats_and_query_run_while_another_process_writes_and_load_is_refused()
    {
        string data = _folder.Sub("more.nt");
        await File.WriteAllTextAsync(data, "<http://example.org/a> <http://example.org/p> \"more\" .\n");
        var graph = Iri.Unchecked("http://example.org/g");
        using (var writer = QuadStore.Open(Store))
        {
            writer.Apply(ChangeSet.Insert(Enumerable.Range(0, 5).Select(i =>
                new Quad(Iri.Unchecked("http://example.org/s" + i), Iri.Unchecked("http://example.org/p"), Literal.Integer(i), graph))));

            var stats = await KgRunner.RunAsync(_folder.Path, "stats", "--store", Store);
            Assert.True(stats.ExitCode == 0, stats.ToString());
            Assert.Matches(@"quads\s+5\b", stats.Output);

            var query = await KgRunner.RunAsync(_folder.Path, "query", "--store", Store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            Assert.True(query.ExitCode == 0, query.ToString());
            Assert.Contains("5", query.Output, StringComparison.Ordinal);

            var load = await KgRunner.RunAsync(_folder.Path, "load", "--store", Store, data);
            Assert.True(load.ExitCode == 4, load.ToString());
            Assert.Contains("is in use by another process", load.Error, StringComparison.Ordinal);
            Assert.Equal(5, writer.Count);
        }
    }

    public void Dispose() => _folder.Dispose();
}
