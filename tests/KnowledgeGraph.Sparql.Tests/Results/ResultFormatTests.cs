using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public sealed class ResultFormatTests
{
    private static SolutionsResult Sample()
    {
        string[] vars = ["s", "o"];
        return new SolutionsResult(vars, new List<Solution>
        {
            new(vars, [Iri.Unchecked("http://x/a"), Literal.LanguageTagged("chat, \"cat\"", "fr")]),
            new(vars, [new BlankNode("b1"), Literal.Integer(42)]),
            new(vars, [Iri.Unchecked("http://x/c"), null]),
        });
    }

    [Theory]
    [InlineData(SparqlResultFormat.Json)]
    [InlineData(SparqlResultFormat.Xml)]
    [InlineData(SparqlResultFormat.Tsv)]
    public void Solutions_survive_a_write_and_read(SparqlResultFormat format)
    {
        var writer = new StringWriter();
        SparqlResults.Write(Sample(), format, writer);
        var read = (SolutionsResult)SparqlResults.Read(new StringReader(writer.ToString()), format);
        Assert.Equal(["s", "o"], read.Variables);
        var rows = read.ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(Literal.LanguageTagged("chat, \"cat\"", "fr"), rows[0]["o"]);
        Assert.Equal(Literal.Integer(42), rows[1]["o"]);
        Assert.Null(rows[2]["o"]);
    }

    [Fact]
    public void Csv_writes_lexical_values_with_quoting_and_crlf()
    {
        var writer = new StringWriter();
        SparqlResults.Write(Sample(), SparqlResultFormat.Csv, writer);
        Assert.Equal("s,o\r\nhttp://x/a,\"chat, \"\"cat\"\"\"\r\n_:b1,42\r\nhttp://x/c,\r\n", writer.ToString());
    }

    [Theory]
    [InlineData(SparqlResultFormat.Json)]
    [InlineData(SparqlResultFormat.Xml)]
    public void Booleans_survive_a_write_and_read(SparqlResultFormat format)
    {
        var writer = new StringWriter();
        SparqlResults.Write(new BooleanResult(true), format, writer);
        Assert.True(((BooleanResult)SparqlResults.Read(new StringReader(writer.ToString()), format)).Value);
    }
}
