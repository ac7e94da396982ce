using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Update;

/// <summary>Reads local RDF documents for LOAD: <c>file:</c> IRIs or plain paths, syntax chosen by file extension.</summary>
internal static class DocumentLoader
{
    public static IEnumerable<Quad> LoadLocal(Iri source, CancellationToken cancellationToken)
    {
        string path = source.Value.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? new Uri(source.Value).LocalPath
            : source.Value;
        if (!File.Exists(path))
        {
            throw new IOException($"No such file: {path}");
        }

        return RdfFileReader.Read(path, source.Value, cancellationToken);
    }
}
