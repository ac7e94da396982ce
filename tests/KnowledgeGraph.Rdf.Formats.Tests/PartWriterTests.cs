using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Formats.Tests;

/// <summary>Turtle and TriG documents written in parts: one prefix head, then parts without declarations.</summary>
public sealed class PartWriterTests
{
    private static readonly Iri P = Iri.Unchecked("http://ex.org/p");

    [Fact]
    public void TriG_parts_after_one_prefix_head_read_back_as_all_graphs()
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://ex.org/");
        var quads = new List<Quad>
        {
            new(Iri.Unchecked("http://ex.org/a"), P, Literal.Create("one"), Iri.Unchecked("http://ex.org/g1")),
            new(Iri.Unchecked("http://ex.org/b"), P, Iri.Unchecked("http://ex.org/a"), Iri.Unchecked("http://ex.org/g2")),
        };
        var text = new StringWriter();

        TriGWriter.WritePrefixDeclarations(text, prefixes);
        foreach (var quad in quads)
        {
            using var part = new TriGWriter(text, prefixes, declarePrefixes: false);
            part.Write(quad);
        }

        string document = text.ToString();
        Assert.Equal(1, document.Split("@prefix").Length - 1);
        Assert.Contains("ex:g2 {", document, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(quads, new TriGReader().Read(document).ToList()));
    }

    [Fact]
    public void A_turtle_part_without_declarations_uses_the_prefixes_but_does_not_declare_them()
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://ex.org/");
        var text = new StringWriter();

        using (var part = new TurtleWriter(text, prefixes, declarePrefixes: false))
        {
            part.Write(new Triple(Iri.Unchecked("http://ex.org/a"), P, Literal.Create("x")));
        }

        Assert.Equal("ex:a ex:p \"x\" .\n", text.ToString());
    }
}
