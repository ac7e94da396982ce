using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Formats.Tests;

/// <summary>Writing a random dataset in each syntax and reading it back gives an isomorphic dataset.</summary>
public sealed class RoundTripProperties
{
    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void Written_datasets_read_back_isomorphic(RdfFormat format)
    {
        bool graphs = RdfFormats.SupportsNamedGraphs(format);
        var property = Prop.ForAll(RandomGraphs.Dataset(graphs), quads =>
        {
            var text = new StringWriter();
            using (var writer = RdfFormats.CreateWriter(format, text, PrefixMap.CreateWellKnown()))
            {
                foreach (var q in quads)
                {
                    writer.Write(q);
                }
            }

            var back = RdfFormats.CreateReader(format).Read(text.ToString()).ToList();
            return Isomorphism.AreIsomorphic(quads, back).Label(text.ToString());
        });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }
}
