using System.Text.Json.Nodes;
using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf.Formats;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>The JSON-LD 1.1 fromRdf suite: N-Quads in, expanded JSON-LD out, compared as JSON-LD documents.</summary>
public sealed class JsonLdFromRdfTests(ITestOutputHelper output)
{
    /// <summary>Known failures by test id, with the reason.</summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
        // specVersion json-ld-1.0 only: JSON-LD 1.0 kept list heads referenced from rdf:first as node objects;
        // we implement the 1.1 algorithm, which folds them into @list.
        ["#t0008"] = "JSON-LD 1.0 list conversion",
    };

    private static string Folder => RepositoryPaths.Conformance("json-ld/tests");

    [Fact]
    public void FromRdf_suite_passes_except_listed_skips()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "fromRdf-manifest.jsonld")))!;
        var tests = manifest["sequence"]!.AsArray();
        int passed = 0;
        int skipped = 0;
        var unexpected = new List<string>();
        foreach (var test in tests)
        {
            string id = test!["@id"]!.GetValue<string>();
            string? failure = Run(test);
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
                unexpected.Add($"{id} {test["name"]}: {failure}");
            }
        }

        string summary = $"json-ld/fromRdf: {passed}/{tests.Count} passed, {skipped} skipped, {unexpected.Count} failed";
        output.WriteLine(summary);
        Console.WriteLine("CONFORMANCE " + summary);
        unexpected.ForEach(output.WriteLine);
        Assert.True(unexpected.Count == 0, summary + "\n" + string.Join("\n", unexpected));
        Assert.True(passed >= tests.Count * 0.95, summary);
    }

    private static string? Run(JsonNode test)
    {
        var option = test["option"] as JsonObject;
        var options = new JsonLdWriterOptions
        {
            UseNativeTypes = option?["useNativeTypes"]?.GetValue<bool>() ?? false,
            UseRdfType = option?["useRdfType"]?.GetValue<bool>() ?? false,
            RdfDirection = (option?["rdfDirection"]?.GetValue<string>()) switch
            {
                "i18n-datatype" => JsonLdRdfDirection.I18nDatatype,
                "compound-literal" => JsonLdRdfDirection.CompoundLiteral,
                _ => JsonLdRdfDirection.None,
            },
        };
        string input = Path.Combine(Folder, test["input"]!.GetValue<string>());
        var reader = new NQuadsReader(new RdfReaderOptions { SourceName = input, BlankNodeScope = BlankNodeScope.Preserve });
        bool negative = test["@type"]!.AsArray().Any(t => t!.GetValue<string>().Contains("Negative", StringComparison.Ordinal));
        try
        {
            using var stream = File.OpenRead(input);
            var quads = reader.Read(stream).ToList();
            var actual = JsonLdWriter.ToExpanded(quads, options);
            if (negative)
            {
                return "expected an error";
            }

            var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, test["expect"]!.GetValue<string>())));
            return JsonLdComparer.AreEquivalent(actual, expected) ? null : "different output:\n" + actual.ToJsonString();
        }
        catch (FormatException) when (negative)
        {
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
