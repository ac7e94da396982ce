namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// Query tables written to a pipe or file fit $COLUMNS, or 120 columns without it: long literals and IRIs end in "…",
/// IRIs show as prefixed names.
/// </summary>
public sealed class TableWidthEndToEndTests : IDisposable
{
    private const string Query = "SELECT ?person ?type ?quote WHERE { ?person a ?type ; <http://schema.org/description> ?quote }";
    private readonly TempDirectory _folder = new("kg-table-");

    public TableWidthEndToEndTests()
    {
        File.WriteAllText(Data, $"""
            @prefix schema: <http://schema.org/> .
            <https://w3id.org/knowledgegraph/id/entity/person/ada-kerr> a schema:Person ;
                schema:description "{string.Concat(Enumerable.Repeat("I have done nothing wrong, and I will say so again. ", 12))}" .
            <https://example.org/a/very/long/iri/that/no/prefix/covers/{new string('x', 150)}> a schema:Organization ;
                schema:description "short" .
            """);
    }

    private string Data => _folder.Sub("data.ttl");

    public void Dispose() => _folder.Dispose();

    private static string[] Lines(KgResult result) => result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Piped_tables_fit_120_columns_with_truncated_cells_and_prefixed_names()
    {
        var result = await KgRunner.RunAsync(_folder.Path, "sparql", "--data", Data, Query);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(Lines(result), line => Assert.InRange(line.Length, 1, 120));
        Assert.Contains(Lines(result), line => line.Length == 120);
        Assert.Contains("…", result.Output, StringComparison.Ordinal);
        Assert.Contains("schema:Person", result.Output, StringComparison.Ordinal);
        Assert.Contains("kg:entity/person/ada-kerr", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 solutions", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(200)]
    public async Task COLUMNS_sets_the_width(int columns)
    {
        var result = await KgRunner.RunWithEnvironmentAsync(_folder.Path, new Dictionary<string, string?> { ["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "sparql", "--data", Data, Query);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(Lines(result), line => Assert.InRange(line.Length, 1, columns));
        Assert.Contains(Lines(result), line => line.Length == columns);
    }

    [Fact]
    public async Task Machine_formats_are_never_truncated()
    {
        var result = await KgRunner.RunWithEnvironmentAsync(_folder.Path, new Dictionary<string, string?> { ["COLUMNS"] = "40" },
            "sparql", "--data", Data, "--format", "tsv", Query);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("…", result.Output, StringComparison.Ordinal);
        Assert.Contains(new string('x', 150), result.Output, StringComparison.Ordinal);
    }
}
