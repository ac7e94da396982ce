using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>
/// The W3C SPARQL 1.0 (data-r2) and SPARQL 1.1 query, result-format and update suites, driven from their manifests
/// over <see cref="InMemoryDataset"/>. Each suite prints its pass count; a failure not in <see cref="Skipped"/> fails.
/// </summary>
public sealed class SparqlSuiteTests(ITestOutputHelper output)
{
    /// <summary>Known failures by test IRI fragment (manifest-relative), each with the reason.</summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
    };

    /// <summary>The dataset implementation under test: a factory of empty stores.</summary>
    public static Func<IQuadStore> StoreFactory { get; } = () => new InMemoryDataset();

    [Theory]
    [InlineData("sparql10/manifest-syntax.ttl", 1.0)]
    [InlineData("sparql10/manifest-evaluation.ttl", 0.98)]
    [InlineData("sparql11/manifest-sparql11-query.ttl", 0.98)]
    [InlineData("sparql11/manifest-sparql11-results.ttl", 0.98)]
    [InlineData("sparql11/manifest-sparql11-update.ttl", 0.95)]
    public void Suite_passes(string manifest, double bar) => RunSuite(manifest, bar);

    /// <summary>Runs one test by its fragment, for debugging.</summary>
    [Theory]
    [InlineData("sparql11/manifest-sparql11-query.ttl", "agg01")]
    public void Single_test_passes(string manifest, string fragment)
    {
        var entry = Manifest.Load(ManifestPath(manifest)).AllEntries().First(e => Key(e) == fragment || ManifestEntry.ShortId(e.Id) == fragment);
        string? failure = new SparqlTestRunner(StoreFactory).Run(entry);
        Assert.True(failure is null, failure);
    }

    private static string ManifestPath(string manifest) => RepositoryPaths.Conformance("rdf-tests/sparql/" + manifest);

    private static string Key(ManifestEntry e)
    {
        string id = e.Id is Iri iri ? iri.Value : e.Id.ToString();
        int dir = id.LastIndexOf('/');
        return dir >= 0 ? id[(id.LastIndexOf('/', dir - 1) + 1)..] : id;
    }

    private void RunSuite(string manifestFile, double bar)
    {
        var entries = Manifest.Load(ManifestPath(manifestFile)).AllEntries().ToList();
        var runner = new SparqlTestRunner(StoreFactory);
        int passed = 0;
        int skipped = 0;
        var unexpected = new List<string>();
        foreach (var entry in entries)
        {
            string key = Key(entry);
            string? failure = runner.Run(entry);
            if (failure is null)
            {
                passed++;
            }
            else if (Skipped.ContainsKey(key))
            {
                skipped++;
            }
            else
            {
                unexpected.Add($"{key} [{entry.TypeName}]: {failure}");
            }
        }

        double rate = entries.Count == 0 ? 0 : (double)passed / entries.Count;
        string summary = $"{manifestFile}: {passed}/{entries.Count} passed ({rate:P1}), {skipped} skipped, {unexpected.Count} failed";
        output.WriteLine(summary);
        Console.WriteLine("CONFORMANCE " + summary);
        foreach (var u in unexpected)
        {
            output.WriteLine(u);
            Console.WriteLine("  FAIL " + u.Split('\n')[0]);
        }

        Assert.True(unexpected.Count == 0, summary + "\n" + string.Join("\n", unexpected.Take(40)));
        Assert.True(rate >= bar, $"{summary}: below the bar of {bar:P0}");
    }
}
