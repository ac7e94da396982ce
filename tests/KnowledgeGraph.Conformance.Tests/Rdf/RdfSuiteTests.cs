using KnowledgeGraph.Conformance.Tests.Manifests;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Rdf;

/// <summary>
/// The W3C RDF 1.1 and RDF 1.2 syntax suites for N-Triples, N-Quads, Turtle and TriG, driven from their manifests.
/// Each suite prints its pass count; a failure not in <see cref="Skipped"/> fails the test.
/// </summary>
public sealed class RdfSuiteTests(ITestOutputHelper output)
{
    /// <summary>
    /// Known failures, by test IRI fragment, with the reason. RDF 1.1 suites must have none.
    /// </summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [InlineData("rdf11/rdf-n-triples", 70)]
    [InlineData("rdf11/rdf-n-quads", 87)]
    [InlineData("rdf11/rdf-turtle", 313)]
    [InlineData("rdf11/rdf-trig", 356)]
    public void Rdf11_suite_passes_completely(string suite, int expectedCount) => RunSuite(suite, expectedCount);

    [Theory]
    [InlineData("rdf12/rdf-n-triples")]
    [InlineData("rdf12/rdf-n-quads")]
    [InlineData("rdf12/rdf-turtle")]
    [InlineData("rdf12/rdf-trig")]
    public void Rdf12_suite_passes_except_listed_skips(string suite) => RunSuite(suite, null);

    /// <summary>Runs one test by its IRI fragment, for debugging: e.g. <c>("rdf11/rdf-turtle", "turtle-syntax-bad-uri-01")</c>.</summary>
    [Theory]
    [InlineData("rdf11/rdf-turtle", "IRI_subject")]
    public void Single_test_passes(string suite, string fragment)
    {
        var entry = Manifest.Load(ManifestPath(suite)).AllEntries().Single(e => ManifestEntry.ShortId(e.Id) == fragment);
        Assert.Null(RdfTestRunner.Run(entry));
    }

    private static string ManifestPath(string suite) => RepositoryPaths.Conformance($"rdf-tests/rdf/{suite}/manifest.ttl");

    private void RunSuite(string suite, int? expectedCount)
    {
        var manifest = Manifest.Load(ManifestPath(suite));
        var entries = manifest.AllEntries().ToList();
        int passed = 0;
        int skipped = 0;
        var unexpected = new List<string>();
        foreach (var entry in entries)
        {
            string id = ManifestEntry.ShortId(entry.Id);
            string? failure = RdfTestRunner.Run(entry);
            if (failure is null)
            {
                passed++;
            }
            else if (Skipped.ContainsKey(id))
            {
                skipped++;
            }
            else
            {
                unexpected.Add($"{id} [{entry.TypeName}]: {failure}");
            }
        }

        string summary = $"{suite}: {passed}/{entries.Count} passed, {skipped} skipped, {unexpected.Count} failed";
        output.WriteLine(summary);
        Console.WriteLine("CONFORMANCE " + summary);
        foreach (var u in unexpected)
        {
            output.WriteLine(u);
        }

        if (expectedCount is int n)
        {
            Assert.Equal(n, entries.Count);
        }

        Assert.True(unexpected.Count == 0, summary + "\n" + string.Join("\n", unexpected.Take(30)));
    }
}
