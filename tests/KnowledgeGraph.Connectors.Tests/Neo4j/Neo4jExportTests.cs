using System.Text.RegularExpressions;
using KnowledgeGraph.Connectors.Neo4j;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Tests.Neo4j;

public sealed partial class Neo4jExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-neo4j-" + Guid.NewGuid().ToString("N"));
    private readonly ProjectedGraph _graph = new PropertyGraphProjection().Project(TestGraphs.Build());

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    [Fact]
    public async Task Csv_headers_follow_the_neo4j_admin_grammar()
    {
        var export = await new Neo4jCsvExporter().WriteAsync(_graph, _dir);
        foreach (var file in export.NodeFiles)
        {
            var header = CsvReader.Read(await File.ReadAllTextAsync(file))[0];
            Assert.Equal("uri:ID", header[0]);
            Assert.Equal(":LABEL", header[^1]);
            Assert.All(header.Skip(1).SkipLast(1), h => Assert.Matches(HeaderField(), h!));
        }

        var quoteFile = export.NodeFiles.Single(f => f.EndsWith("nodes_Quotation.csv", StringComparison.Ordinal));
        var quoteHeader = CsvReader.Read(await File.ReadAllTextAsync(quoteFile))[0];
        Assert.Contains("beginIndex:long", quoteHeader);
        Assert.Contains("confidence:double", quoteHeader);
        Assert.Contains("dateCreated:date", quoteHeader);
        Assert.Contains("text:string[]", quoteHeader);
        Assert.Contains("graph:string", quoteHeader);
        Assert.All(export.RelationshipFiles, async f =>
            Assert.Equal([":START_ID", ":END_ID", ":TYPE", "graph:string"], CsvReader.Read(await File.ReadAllTextAsync(f))[0]));
        Assert.Contains("--array-delimiter=U+001F", export.ImportArguments);
    }

    [Fact]
    public async Task Hostile_values_survive_csv_quoting()
    {
        var export = await new Neo4jCsvExporter().WriteAsync(_graph, _dir);
        var quoteFile = export.NodeFiles.Single(f => f.EndsWith("nodes_Quotation.csv", StringComparison.Ordinal));
        var rows = CsvReader.Read(await File.ReadAllTextAsync(quoteFile));
        int textColumn = rows[0].IndexOf("text:string[]");
        var texts = rows[1][textColumn]!.Split('\u001F');
        Assert.Equal(TestGraphs.HostileStrings.Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
        Assert.Equal(["Quotation", "Resource"], rows[1][^1]!.Split('\u001F'));
    }

    [Fact]
    public async Task Every_relationship_endpoint_has_a_node_row()
    {
        var export = await new Neo4jCsvExporter().WriteAsync(_graph, _dir);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in export.NodeFiles)
        {
            foreach (var row in CsvReader.Read(await File.ReadAllTextAsync(f)).Skip(1))
            {
                Assert.True(ids.Add(row[0]!), "duplicate node id " + row[0]);
            }
        }

        int count = 0;
        foreach (var f in export.RelationshipFiles)
        {
            foreach (var row in CsvReader.Read(await File.ReadAllTextAsync(f)).Skip(1))
            {
                Assert.Contains(row[0]!, ids);
                Assert.Contains(row[1]!, ids);
                count++;
            }
        }

        Assert.Equal(_graph.Relationships.Count, count);
    }

    [Fact]
    public async Task An_array_item_with_the_delimiter_is_refused()
    {
        var bad = new PropertyGraphProjection().Project(
        [
            new KnowledgeGraph.Rdf.Quad(TestGraphs.Person, KnowledgeGraph.Rdf.Iri.Unchecked("http://e/x"), KnowledgeGraph.Rdf.Literal.Create("a;b")),
            new KnowledgeGraph.Rdf.Quad(TestGraphs.Person, KnowledgeGraph.Rdf.Iri.Unchecked("http://e/x"), KnowledgeGraph.Rdf.Literal.Create("c")),
        ]);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new Neo4jCsvExporter(new Neo4jCsvOptions { ArrayDelimiter = ';' }).WriteAsync(bad, _dir));
        Assert.Contains(TestGraphs.Person.Value, ex.Message);
    }

    [Fact]
    public async Task Cypher_script_parses_and_its_parameters_hold_the_exact_values()
    {
        var writer = new StringWriter();
        await new CypherScriptWriter(batchSize: 2).WriteAsync(_graph, writer);
        string script = writer.ToString();
        var parsed = CypherSubsetParser.ParseScript(script);
        Console.WriteLine($"Cypher script: {parsed.Statements.Count} statements parsed");

        var nodeRows = parsed.Statements
            .Where(s => s.Text.Contains("MERGE (n:Resource", StringComparison.Ordinal))
            .SelectMany(s => (List<object?>)s.Parameters["rows"]!)
            .Cast<Dictionary<string, object?>>()
            .ToList();
        Assert.Equal(_graph.Nodes.Count, nodeRows.Count);
        var quote = nodeRows.Single(r => (string)r["uri"]! == TestGraphs.Quote.Value);
        var props = (Dictionary<string, object?>)quote["props"]!;
        Assert.Equal(TestGraphs.HostileStrings.Order(StringComparer.Ordinal), ((List<object?>)props["text"]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(12L, Assert.IsType<long>(props["beginIndex"]));
        Assert.Equal(0.85, props["confidence"]);
        var date = Assert.IsType<CypherSubsetParser.FunctionCall>(props["dateCreated"]);
        Assert.Equal("date", date.Name);
        Assert.Equal(["2024-05-01"], date.Arguments);

        int relationships = parsed.Statements.Where(s => s.Text.Contains("MATCH (a:Resource", StringComparison.Ordinal)).Sum(s => ((List<object?>)s.Parameters["rows"]!).Count);
        Assert.Equal(_graph.Relationships.Count, relationships);
    }

    [Fact]
    public async Task Cypher_statements_contain_no_data_values_and_only_merge()
    {
        var writer = new StringWriter();
        await new CypherScriptWriter().WriteAsync(_graph, writer);
        var parsed = CypherSubsetParser.ParseScript(writer.ToString());
        foreach (var (text, _) in parsed.Statements)
        {
            Assert.DoesNotContain("CREATE (", text, StringComparison.Ordinal);
            Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DETACH", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_subset_parser_rejects_broken_scripts()
    {
        Assert.Throws<FormatException>(() => CypherSubsetParser.ParseScript(":param rows => ['unterminated]\n"));
        Assert.Throws<FormatException>(() => CypherSubsetParser.ParseScript("UNWIND $rows AS r MERGE (n:Resource {uri: r.uri}\n;"));
        Assert.Throws<FormatException>(() => CypherSubsetParser.ParseScript(":param rows => ['a\\qb']\n"));
        Assert.Throws<FormatException>(() => CypherSubsetParser.ParseScript("UNWIND $rows AS r MERGE (n) SET n += r.props\n"));
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*:(string|long|double|boolean|date|datetime)(\[\])?$")]
    private static partial Regex HeaderField();
}
