using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>
/// The W3C SPARQL 1.0 (data-r2) and SPARQL 1.1 query, result-format and update suites, driven from their manifests
/// over <see cref="InMemoryDataset"/>, over the persistent <c>QuadStore</c> (a fresh store in a temporary
/// directory per test) and over the same store compacted, read through its read index. Each suite prints its pass count per store; a failure not in <see cref="Skipped"/> fails.
/// </summary>
public sealed class SparqlSuiteTests(ITestOutputHelper output)
{
    /// <summary>Known failures by test IRI fragment (manifest-relative), each with the reason.</summary>
    // The expected files of these tests disagree with each other on the lexical form of computed numbers (XSD 1.0
    // canonical "2.0"/"3.21E4" in some, XSD 1.1 "2"/"2100" in others) or keep lexical forms that differ from the data;
    // results are compared by RDF term equality, so no single formatting passes all of them. They fail the same way
    // on every store.
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
        ["aggregates/manifest#agg-sum-02"] = "expects doubles in E notation (3.21E4, 4.0E-1); agg-sum-distinct expects 2100",
        ["aggregates/manifest#agg-avg-02"] = "expects AVG of integers as \"2.0\" and 2.0E-1; agg-avg-distinct expects 1050",
        ["aggregates/manifest#agg-min-02"] = "expects \"2.0E-1\"^^xsd:double, but the data term is \"2E-1\" (MIN returns the data term)",
        ["aggregates/manifest#agg-err-02"] = "expects AVG results as \"2.5E0\" and \"2.0\"; other aggregate tests expect the short forms",
        ["cast/manifest#cast-float"] = "Proposed test: expects some casts to keep the input lexical form (\"1E0\") and others canonical (\"1.5E0\")",
        ["cast/manifest#cast-double"] = "Proposed test: same mixed lexical expectations as cast-float",
        ["cast/manifest#cast-decimal"] = "Proposed test: same mixed lexical expectations as cast-float",
        ["cast/manifest#cast-string"] = "Proposed test: expects xsd:string of numbers to keep non-canonical input forms",
        ["functions/manifest#coalesce01"] = "expects integer division 4/2 as \"2.0\"; divide-numbers-cast expects 3/3 as \"1\"",
        ["csv-tsv-res/manifest#tsv03"] = "expected TSV writes the data's \"1.0E6\"^^xsd:double as 1.0e6, a different term",
    };

    /// <summary>The in-memory reference dataset: a factory of empty stores.</summary>
    public static Func<IQuadStore> StoreFactory { get; } = () => new InMemoryDataset();

    /// <summary>The persistent store: a fresh store in a temporary directory, deleted when the test disposes it.</summary>
    public static Func<IQuadStore> QuadStoreFactory { get; } = () => new TempQuadStore();

    /// <summary>The persistent store compacted after each change, read through its read index.</summary>
    public static Func<IQuadStore> ReadIndexFactory { get; } = () => new TempQuadStore(readIndex: true);

    public static TheoryData<string, double, string> Suites()
    {
        var data = new TheoryData<string, double, string>();
        foreach (string store in new[] { "InMemoryDataset", "QuadStore", "QuadStore+ReadIndex" })
        {
            data.Add("sparql10/manifest-syntax.ttl", 1.0, store);
            data.Add("sparql10/manifest-evaluation.ttl", 0.98, store);
            data.Add("sparql11/manifest-sparql11-query.ttl", 0.97, store);
            data.Add("sparql11/manifest-sparql11-results.ttl", 0.9, store);
            data.Add("sparql11/manifest-sparql11-update.ttl", 0.95, store);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Suite_passes(string manifest, double bar, string store) => RunSuite(manifest, bar, store);

    /// <summary>The bar for query evaluation: 98% of the evaluation tests of SPARQL 1.0 and 1.1 (queries and result formats).</summary>
    [Theory]
    [InlineData("InMemoryDataset")]
    [InlineData("QuadStore")]
    [InlineData("QuadStore+ReadIndex")]
    public void Query_evaluation_tests_pass_at_98_percent(string store)
    {
        var runner = new SparqlTestRunner(Factory(store));
        var entries = new[] { "sparql10/manifest-evaluation.ttl", "sparql11/manifest-sparql11-query.ttl", "sparql11/manifest-sparql11-results.ttl" }
            .SelectMany(m => Manifest.Load(ManifestPath(m)).AllEntries())
            .Where(e => e.TypeName is "QueryEvaluationTest" or "CSVResultFormatTest")
            .ToList();
        int passed = entries.Count(e => runner.Run(e) is null);
        string summary = $"SPARQL query evaluation: {passed}/{entries.Count} passed ({(double)passed / entries.Count:P1}) ({store})";
        output.WriteLine(summary);
        Console.WriteLine("CONFORMANCE " + summary);
        Assert.True(passed >= 0.98 * entries.Count, summary);
    }

    /// <summary>Runs one test by its fragment, for debugging.</summary>
    [Theory]
    [InlineData("sparql11/manifest-sparql11-query.ttl", "agg01", "InMemoryDataset")]
    [InlineData("sparql11/manifest-sparql11-query.ttl", "agg01", "QuadStore")]
    public void Single_test_passes(string manifest, string fragment, string store)
    {
        var entry = Manifest.Load(ManifestPath(manifest)).AllEntries().First(e => Key(e) == fragment || ManifestEntry.ShortId(e.Id) == fragment);
        string? failure = new SparqlTestRunner(Factory(store)).Run(entry);
        Assert.True(failure is null, failure);
    }

    private static Func<IQuadStore> Factory(string store) => store switch
    {
        "InMemoryDataset" => StoreFactory,
        "QuadStore" => QuadStoreFactory,
        "QuadStore+ReadIndex" => ReadIndexFactory,
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "unknown store"),
    };

    private static string ManifestPath(string manifest) => RepositoryPaths.Conformance("rdf-tests/sparql/" + manifest);

    private static string Key(ManifestEntry e)
    {
        string id = e.Id is Iri iri ? iri.Value : e.Id.ToString();
        int dir = id.LastIndexOf('/');
        return dir >= 0 ? id[(id.LastIndexOf('/', dir - 1) + 1)..] : id;
    }

    private void RunSuite(string manifestFile, double bar, string store)
    {
        var entries = Manifest.Load(ManifestPath(manifestFile)).AllEntries().ToList();
        var runner = new SparqlTestRunner(Factory(store));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int passed = 0;
        int skipped = 0;
        var unexpected = new List<string>();
        (string Key, TimeSpan Time) slowest = (string.Empty, TimeSpan.Zero);
        foreach (var entry in entries)
        {
            string key = Key(entry);
            var started = clock.Elapsed;
            string? failure = runner.Run(entry);
            var took = clock.Elapsed - started;
            if (took > slowest.Time)
            {
                slowest = (key, took);
            }
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
        string summary = $"{manifestFile}: {passed}/{entries.Count} passed ({rate:P1}), {skipped} skipped, {unexpected.Count} failed ({store}, {clock.Elapsed.TotalSeconds:F1}s, slowest {slowest.Key} {slowest.Time.TotalSeconds:F1}s)";
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
