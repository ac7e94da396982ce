using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Reads an RDF file for the CLI, choosing the syntax by extension; relative IRIs resolve against the file.</summary>
internal static class DataLoader
{
    public static List<Quad> Read(string path, CancellationToken cancellationToken)
    {
        if (!RdfFormats.TryGuessFromPath(path, out var format))
        {
            throw new IOException($"{path}: unknown RDF syntax (use .nt, .nq, .ttl, .trig or .rdf).");
        }

        var options = new RdfReaderOptions { BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri, SourceName = path };
        using var stream = File.OpenRead(path);
        return RdfFormats.Read(stream, format, options, cancellationToken).ToList();
    }
}
