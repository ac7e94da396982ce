using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// <c>kg extract -o FILE</c> with the RDF formats: the file read back holds exactly the graphs <c>kg ingest</c> stores
/// for the same inputs (isomorphic), bad inputs are reported and the rest still written (exit code 3).
/// </summary>
public sealed class ExtractRdfEndToEndTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-extract-");

    public ExtractRdfEndToEndTests()
    {
        Directory.CreateDirectory(Inputs);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(Inputs, Path.GetFileName(seed)));
        }

        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "harbour-talks.html"), Path.Combine(Inputs, "harbour-talks.html"));
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "feed.jsonl"), Path.Combine(Inputs, "feed.jsonl"));
    }

    private string Inputs => _folder.Sub("inputs");

    public void Dispose() => _folder.Dispose();

    // What kg ingest stores for the inputs, without its catalog of content hashes.
    private async Task<List<Quad>> IngestedAsync()
    {
        var store = _folder.Sub("store");
        var ingest = await KgRunner.RunAsync(_folder.Path, "ingest", Inputs, "--store", store);
        Assert.True(ingest.ExitCode == 3, ingest.ToString());
        using var quads = QuadStore.Open(store, new QuadStoreOptions { CreateIfMissing = false });
        return [.. quads.Match(null, null, null, null).Where(q => !q.Graph.Equals(IngestCatalog.Graph))];
    }

    private async Task<string> ExtractAsync(string file, params string[] extra)
    {
        var output = _folder.Sub(file);
        var result = await KgRunner.RunAsync(_folder.Path, ["extract", Inputs, "-o", output, .. extra]);
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("feed.jsonl:2", result.Error, StringComparison.Ordinal);
        return output;
    }

    [Fact]
    public async Task TriG_and_NQuads_hold_the_graphs_that_ingest_stores()
    {
        var ingested = await IngestedAsync();
        var trig = RdfFormats.ReadFile(await ExtractAsync("all.trig")).ToList();
        var nquads = RdfFormats.ReadFile(await ExtractAsync("all.out", "--format", "nquads"), RdfFormat.NQuads).ToList();

        Assert.True(ingested.Select(q => q.Graph).Distinct().Count() >= 4, "expected several article graphs");
        Assert.True(Isomorphism.AreIsomorphic(ingested, trig), "TriG output differs from the ingested store");
        Assert.True(Isomorphism.AreIsomorphic(ingested, nquads), "N-Quads output differs from the ingested store");
    }

    [Fact]
    public async Task Turtle_holds_the_union_of_the_article_graphs()
    {
        var ingested = await IngestedAsync();
        var turtle = RdfFormats.ReadFile(await ExtractAsync("union.ttl")).ToList();

        Assert.All(turtle, q => Assert.True(q.IsInDefaultGraph));
        Assert.True(Isomorphism.AreIsomorphic(ingested.Select(q => q.Triple).Distinct(), turtle.Select(q => q.Triple).Distinct()),
            "Turtle output is not the union of the ingested graphs");
    }

    [Fact]
    public async Task JsonLd_is_one_document_with_a_named_graph_per_article()
    {
        var ingested = await IngestedAsync();
        var document = JsonNode.Parse(await File.ReadAllTextAsync(await ExtractAsync("all.jsonld")))!.AsObject();

        Assert.Equal("https://w3id.org/knowledgegraph/id/", (string?)document["@context"]!["kg"]);
        var graphs = document["@graph"]!.AsArray()
            .Select(n => (string)n!["@id"]!)
            .Select(id => id.StartsWith("kg:", StringComparison.Ordinal) ? "https://w3id.org/knowledgegraph/id/" + id[3..] : id)
            .Order(StringComparer.Ordinal);
        Assert.Equal(ingested.Select(q => ((Iri)q.Graph).Value).Distinct().Order(StringComparer.Ordinal), graphs);
    }

    [Fact]
    public async Task Only_bad_input_writes_a_valid_empty_file_and_is_a_bad_input_error()
    {
        var bad = _folder.Sub("bad");
        Directory.CreateDirectory(bad);
        File.WriteAllBytes(Path.Combine(bad, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF]);
        var output = _folder.Sub("empty.trig");

        var result = await KgRunner.RunAsync(_folder.Path, "extract", bad, "-o", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("scan.txt", result.Error, StringComparison.Ordinal);
        Assert.Empty(RdfFormats.ReadFile(output));
    }
}
