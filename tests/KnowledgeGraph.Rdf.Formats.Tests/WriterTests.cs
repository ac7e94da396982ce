using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Formats.Tests;

public sealed class WriterTests
{
    private static string WriteTurtle(string input, PrefixMap? prefixes = null)
    {
        var quads = new TurtleReader(new RdfReaderOptions { BlankNodeScope = BlankNodeScope.Preserve }).Read(input).ToList();
        var text = new StringWriter();
        using (var writer = new TurtleWriter(text, prefixes))
        {
            quads.ForEach(writer.Write);
        }

        return text.ToString();
    }

    [Fact]
    public void Turtle_writer_groups_subjects_and_uses_shorthands()
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://ex.org/");
        string text = WriteTurtle(
            "@prefix ex: <http://ex.org/> . ex:a ex:p 1, 2.5, true ; a ex:T . ex:b ex:q \"line1\\nline2\" .", prefixes);
        Assert.Equal(
            "@prefix ex: <http://ex.org/> .\n\nex:a a ex:T ;\n    ex:p 1, 2.5, true .\n\nex:b ex:q \"\"\"line1\nline2\"\"\" .\n",
            text);
    }

    [Fact]
    public void Turtle_writer_inlines_blank_nodes_used_once_and_keeps_shared_ones_labelled()
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://ex.org/");
        string text = WriteTurtle(
            "@prefix ex: <http://ex.org/> . ex:a ex:p [ ex:q 1 ; ex:r [] ] ; ex:s _:shared . ex:b ex:s _:shared . [ ex:t 2 ] .", prefixes);
        Assert.Equal(
            "@prefix ex: <http://ex.org/> .\n\nex:a ex:p [ ex:q 1 ;\n        ex:r [] ] ;\n    ex:s _:shared .\n\nex:b ex:s _:shared .\n\n[ ex:t 2 ] .\n",
            text);
    }

    [Theory]
    [InlineData("http://ex.org/a.b", "ex:a.b")]
    [InlineData("http://ex.org/a.", "ex:a\\.")]
    [InlineData("http://ex.org/a/b", "ex:a\\/b")]
    [InlineData("http://ex.org/-a", "ex:\\-a")]
    [InlineData("http://ex.org/a b", "<http://ex.org/a\\u0020b>")]
    public void Turtle_writer_escapes_local_names_or_falls_back_to_full_iris(string iri, string expected)
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://ex.org/");
        var text = new StringWriter();
        using (var writer = new TurtleWriter(text, prefixes))
        {
            writer.Write(new Triple(Iri.Unchecked(iri), Iri.Unchecked("http://p.org/p"), Literal.Create("x")));
        }

        Assert.Contains(expected + " <http://p.org/p> \"x\" .", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TriG_writer_writes_named_graph_blocks()
    {
        var text = new StringWriter();
        using (var writer = new TriGWriter(text, new PrefixMap()))
        {
            writer.Write(new Quad(Iri.Unchecked("http://s"), Iri.Unchecked("http://p"), Iri.Unchecked("http://o"), Iri.Unchecked("http://g")));
        }

        Assert.Equal("<http://g> {\n    <http://s> <http://p> <http://o> .\n}\n", text.ToString());
    }

    [Fact]
    public void NQuads_writer_writes_canonical_lines()
    {
        var text = new StringWriter();
        var writer = new NQuadsWriter(text);
        writer.Write(new Quad(new BlankNode("b"), Iri.Unchecked("http://p"), Literal.LanguageTagged("a\"\n", "EN"), Iri.Unchecked("http://g")));
        writer.Finish();
        Assert.Equal("_:b <http://p> \"a\\\"\\n\"@en <http://g> .\n", text.ToString());
    }

    [Fact]
    public void NTriples_writer_rejects_named_graphs()
    {
        var writer = new NTriplesWriter(new StringWriter());
        Assert.Throws<ArgumentException>(() => writer.Write(new Quad(Iri.Unchecked("http://s"), Iri.Unchecked("http://p"), Iri.Unchecked("http://o"), Iri.Unchecked("http://g"))));
    }

    [Fact]
    public void JsonLd_writer_compacts_with_a_context()
    {
        var context = new JsonLdContext().AddPrefix("ex", "http://ex.org/");
        var text = new StringWriter();
        using (var writer = new JsonLdWriter(text, context, new JsonLdWriterOptions { Indented = false }))
        {
            writer.Write(new Triple(Iri.Unchecked("http://ex.org/a"), KnowledgeGraph.Rdf.Vocabularies.RdfVocabulary.Type, Iri.Unchecked("http://ex.org/T")));
            writer.Write(new Triple(Iri.Unchecked("http://ex.org/a"), Iri.Unchecked("http://ex.org/name"), Literal.Create("A")));
        }

        Assert.Equal("{\"@context\":{\"ex\":\"http://ex.org/\"},\"@graph\":[{\"@id\":\"ex:a\",\"@type\":\"ex:T\",\"ex:name\":\"A\"}]}\n", text.ToString());
    }
}
