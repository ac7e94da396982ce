using KnowledgeGraph.Conformance.Tests.Manifests;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Rdf;

/// <summary>Every Turtle and RDF/XML data file of the SPARQL suites parses (they feed the SPARQL evaluation tests).</summary>
public sealed class SparqlDataFilesTests(ITestOutputHelper output)
{
    /// <summary>Files that are invalid on purpose, with the reason.</summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Sparql_suite_data_files_parse()
    {
        string root = RepositoryPaths.Conformance("rdf-tests/sparql");
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ttl", StringComparison.Ordinal) || f.EndsWith(".rdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new List<string>();
        foreach (var file in files)
        {
            string relative = Path.GetRelativePath(root, file);
            try
            {
                _ = RdfFormats.ReadFile(file).Count();
            }
            catch (RdfSyntaxException e) when (!Skipped.ContainsKey(relative))
            {
                failures.Add($"{relative}: {e.Message}");
            }
            catch (RdfSyntaxException)
            {
            }
        }

        string summary = $"sparql data files: {files.Count - failures.Count}/{files.Count} parsed";
        output.WriteLine(summary);
        Console.WriteLine("CONFORMANCE " + summary);
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
    }
}
