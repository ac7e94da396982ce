using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Tests;

public sealed class ReaderTests
{
    private static List<Quad> Turtle(string text, string? baseIri = "http://example.org/base/doc") =>
        new TurtleReader(new RdfReaderOptions { BaseIri = baseIri }).Read(text).ToList();

    [Theory]
    [InlineData("<a> <b> <c> .", "http://example.org/base/a")]
    [InlineData("@base <http://x.org/dir/> . <a> <b> <c> .", "http://x.org/dir/a")]
    [InlineData("BASE <http://x.org/dir/> <../a> <b> <c> .", "http://x.org/a")]
    [InlineData("@prefix ex: <http://ex.org/> . ex:a <b> <c> .", "http://ex.org/a")]
    [InlineData("PREFIX : <http://ex.org/> :a\\.b <b> <c> .", "http://ex.org/a.b")]
    [InlineData("PREFIX : <http://ex.org/> :a%20b <b> <c> .", "http://ex.org/a%20b")]
    public void Turtle_subject_iris_resolve_against_the_base(string text, string expected)
    {
        var quad = Assert.Single(Turtle(text));
        Assert.Equal(expected, ((Iri)quad.Subject).Value);
    }

    [Theory]
    [InlineData("<s> <p> 12 .", "12", "integer")]
    [InlineData("<s> <p> -1.5 .", "-1.5", "decimal")]
    [InlineData("<s> <p> 1e3 .", "1e3", "double")]
    [InlineData("<s> <p> true .", "true", "boolean")]
    public void Turtle_numbers_and_booleans_keep_their_lexical_form(string text, string lexical, string type)
    {
        var literal = (Literal)Assert.Single(Turtle(text)).Obj;
        Assert.Equal(lexical, literal.Value);
        Assert.Equal(Xsd.Namespace + type, literal.Datatype.Value);
    }

    [Fact]
    public void Turtle_reads_escapes_long_strings_and_language_tags()
    {
        var quads = Turtle("<s> <p> \"a\\tb\\u00e9\\U0001F600\", '''x\n\"y\"''', \"hi\"@en-GB, \"r\"@ar--rtl .");
        Assert.Equal("a\tbé😀", ((Literal)quads[0].Obj).Value);
        Assert.Equal("x\n\"y\"", ((Literal)quads[1].Obj).Value);
        Assert.Equal("en-GB", ((Literal)quads[2].Obj).Language);
        Assert.Equal("rtl", ((Literal)quads[3].Obj).Direction);
    }

    [Fact]
    public void Turtle_collections_and_property_lists_produce_blank_nodes()
    {
        var quads = Turtle("<s> <p> ( 1 [ <q> 2 ] ) .");
        Assert.Equal(6, quads.Count);
        Assert.Contains(quads, q => q.Predicate.Equals(RdfVocabulary.Rest) && q.Obj.Equals(RdfVocabulary.Nil));
    }

    [Fact]
    public void Turtle_annotations_reify_the_asserted_triple()
    {
        var quads = Turtle("<s> <p> <o> ~ <r> {| <src> <w> |} .");
        Assert.Contains(quads, q => q.Subject.Equals(Iri.Unchecked("http://example.org/base/r")) && q.Predicate.Equals(RdfVocabulary.Reifies) && q.Obj is TripleTerm);
        Assert.Contains(quads, q => q.Predicate.Equals(Iri.Unchecked("http://example.org/base/src")));
        Assert.Equal(3, quads.Count);
    }

    [Fact]
    public void TriG_reads_named_graphs()
    {
        var quads = new TriGReader().Read("PREFIX : <http://e/> :g { :s :p :o } GRAPH :h { :s :p :o . } :s :p :o .").ToList();
        Assert.Equal(["<http://e/g>", "<http://e/h>", "DEFAULT"], quads.Select(q => q.Graph.ToString()));
    }

    [Fact]
    public void Reader_exposes_the_declared_prefixes()
    {
        var reader = new TurtleReader();
        _ = reader.Read("@prefix ex: <http://ex.org/> . PREFIX schema: <http://schema.org/> ex:a ex:b ex:c .").ToList();
        Assert.Equal(["ex", "schema"], reader.Prefixes.Entries.Select(e => e.Key));
    }

    [Theory]
    [InlineData("<http://a> <http://b> \"x\" .\n", 1)]
    [InlineData("<http://a> <http://b> <<( <http://s> <http://p> \"o\"@en--ltr )>> .", 1)]
    [InlineData("# comment\n\n<http://a> <http://b> _:x . # trailing\r\n_:x <http://b> \"\\u00E9\"^^<http://dt> .", 2)]
    public void NTriples_reads_valid_lines(string text, int count) => Assert.Equal(count, new NTriplesReader().Read(text).Count());

    [Theory]
    [InlineData("<a> <http://b> <http://c> .", 1, 2)]
    [InlineData("<http://a> <http://b> <http://c>", 1, 33)]
    [InlineData("<http://a> <http://b> <http://c> . <http://a> <http://b> <http://c> .", 1, 36)]
    [InlineData("\n<http://a> <http://b> \"x\n", 2, 25)]
    public void NTriples_errors_carry_line_and_column(string text, int line, int column)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => new NTriplesReader(new RdfReaderOptions { SourceName = "t.nt" }).Read(text).ToList());
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"t.nt:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_scope_separates_blank_nodes_of_two_reads()
    {
        var reader = new NTriplesReader();
        var first = reader.Read("_:b <http://p> <http://o> .").Single();
        var second = reader.Read("_:b <http://p> <http://o> .").Single();
        Assert.NotEqual(first.Subject, second.Subject);
    }

    [Fact]
    public void Preserve_scope_keeps_labels()
    {
        var reader = new NQuadsReader(new RdfReaderOptions { BlankNodeScope = BlankNodeScope.Preserve });
        Assert.Equal("_:b7", reader.Read("_:b7 <http://p> <http://o> _:g .").Single().Subject.ToString());
    }

    [Fact]
    public void RdfXml_reads_descriptions_typed_nodes_and_parse_types()
    {
        const string xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/" xml:base="http://ex.org/doc">
              <ex:Person rdf:about="#alice" ex:name="Alice">
                <ex:knows rdf:resource="#bob"/>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
                <ex:note xml:lang="en">hi</ex:note>
                <ex:address rdf:parseType="Resource"><ex:city>Paris</ex:city></ex:address>
                <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="#a"/><rdf:Description rdf:about="#b"/></ex:list>
                <ex:bag><rdf:Bag><rdf:li>x</rdf:li><rdf:li>y</rdf:li></rdf:Bag></ex:bag>
              </ex:Person>
            </rdf:RDF>
            """;
        var quads = new RdfXmlReader().Read(xml).ToList();
        Assert.Contains(quads, q => q.ToString() == "<http://ex.org/doc#alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/Person> .");
        Assert.Contains(quads, q => q.ToString() == "<http://ex.org/doc#alice> <http://ex.org/name> \"Alice\" .");
        Assert.Contains(quads, q => q.ToString() == "<http://ex.org/doc#alice> <http://ex.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
        Assert.Contains(quads, q => q.ToString() == "<http://ex.org/doc#alice> <http://ex.org/note> \"hi\"@en .");
        Assert.Contains(quads, q => q.Predicate.ToString() == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#_2>" && q.Obj.ToString() == "\"y\"");
        Assert.Equal(16, quads.Count);
    }

    [Fact]
    public void ReadFile_guesses_the_format_and_resolves_against_the_file_uri()
    {
        string path = Path.Combine(Path.GetTempPath(), "kg-readfile-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(path, "<a> <b> <c> .");
        try
        {
            var quad = Assert.Single(RdfFormats.ReadFile(path));
            Assert.Equal(new Uri(Path.Combine(Path.GetDirectoryName(path)!, "a")).AbsoluteUri, ((Iri)quad.Subject).Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("nt", RdfFormat.NTriples)]
    [InlineData("TURTLE", RdfFormat.Turtle)]
    [InlineData("json-ld", RdfFormat.JsonLd)]
    [InlineData("rdfxml", RdfFormat.RdfXml)]
    public void Format_names_parse(string name, RdfFormat expected) => Assert.Equal(expected, RdfFormats.ParseName(name));

    [Theory]
    [InlineData("a/b.nq", RdfFormat.NQuads)]
    [InlineData("x.TRIG", RdfFormat.TriG)]
    [InlineData("onto.owl", RdfFormat.RdfXml)]
    public void Formats_are_guessed_from_extensions(string path, RdfFormat expected)
    {
        Assert.True(RdfFormats.TryGuessFromPath(path, out var format));
        Assert.Equal(expected, format);
    }
}
