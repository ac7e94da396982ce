using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Manifests;

public sealed class ManifestLoaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Rdf_manifest_entries_have_names_types_actions_and_results()
    {
        var manifest = Manifest.Load(RepositoryPaths.Conformance("rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl"));
        var entries = manifest.AllEntries().ToList();
        Assert.Equal(313, entries.Count);
        Assert.Equal("https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/", manifest.AssumedTestBase);
        var eval = entries.First(e => e.HasType("TestTurtleEval"));
        Assert.IsType<Iri>(eval.Action);
        Assert.IsType<Iri>(eval.Result);
        Assert.True(File.Exists(ManifestEntry.LocalPath(eval.Action!)));
        Assert.StartsWith("https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/", eval.PublishedIri(eval.Action!), StringComparison.Ordinal);
        Assert.True(entries.Count(e => e.Approval is not null) > 300);
    }

    [Fact]
    public void Sparql_manifests_load_through_includes_with_action_nodes()
    {
        var manifest = Manifest.Load(RepositoryPaths.Conformance("rdf-tests/sparql/sparql11/manifest-sparql11-query.ttl"));
        var entries = manifest.AllEntries().ToList();
        output.WriteLine($"sparql11 query entries: {entries.Count}");
        Console.WriteLine($"MANIFEST sparql11 query entries: {entries.Count}");
        Assert.True(entries.Count > 300);
        var evaluation = entries.First(e => e.HasType("QueryEvaluationTest") && e.Action is BlankNode);
        var query = evaluation.ActionProperty(Iri.Unchecked(ManifestVocabulary.Qt + "query"));
        Assert.True(File.Exists(ManifestEntry.LocalPath(query!)));
        var update = Manifest.Load(RepositoryPaths.Conformance("rdf-tests/sparql/sparql11/manifest-sparql11-update.ttl")).AllEntries().ToList();
        Assert.Contains(update, e => e.Action is not null && e.ActionProperty(Iri.Unchecked(ManifestVocabulary.Ut + "request")) is Iri);
    }
}
