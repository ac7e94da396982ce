using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Sparql.Engine.Update;

/// <summary>Reads an RDF file with the reader chosen by its extension (Turtle when unknown).</summary>
internal static class RdfFileReader
{
    public static IEnumerable<Quad> Read(string path, string baseIri, CancellationToken cancellationToken)
    {
        var format = RdfFormats.TryGuessFromPath(path, out var f) ? f : RdfFormat.Turtle;
        var options = new RdfReaderOptions { BaseIri = baseIri, SourceName = path };
        using var stream = File.OpenRead(path);
        return RdfFormats.Read(stream, format, options, cancellationToken).ToList();
    }
}
