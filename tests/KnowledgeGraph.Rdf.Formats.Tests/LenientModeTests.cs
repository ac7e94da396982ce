using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Formats.Tests;

public sealed class LenientModeTests
{
    [Fact]
    public void NTriples_lenient_mode_reports_bad_lines_and_keeps_good_ones()
    {
        var errors = new List<RdfSyntaxException>();
        var options = new RdfReaderOptions { Lenient = true, SourceName = "in.nt", OnError = errors.Add };
        const string text = "<http://a> <http://b> <http://c> .\n<http://a> <http://b> \"unterminated .\n<http://a> <http://b> <http://d> .\n<rel> <http://b> <http://c> .\n";
        var quads = new NTriplesReader(options).Read(text).ToList();
        Assert.Equal(2, quads.Count);
        Assert.Equal([2, 4], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.StartsWith("in.nt:", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Turtle_lenient_mode_skips_to_the_next_statement()
    {
        var errors = new List<RdfSyntaxException>();
        var options = new RdfReaderOptions { Lenient = true, OnError = errors.Add };
        const string text = "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a ex:b nope:c ; ex:d 1 .\nex:a ex:b \"ok\" .\nex:a ex:b ex:c ex:d .\nex:z ex:y ex:x .\n";
        var quads = new TurtleReader(options).Read(text).ToList();
        Assert.Equal(3, quads.Count);
        Assert.Equal([3, 5], errors.Select(e => e.Line));
    }
}
