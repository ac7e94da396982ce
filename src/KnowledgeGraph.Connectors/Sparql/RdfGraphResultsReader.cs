using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>Reads the RDF answer of CONSTRUCT and DESCRIBE (N-Triples or Turtle) into a <see cref="GraphResult"/>.</summary>
internal sealed class RdfGraphResultsReader : ISparqlResultsReader
{
    public bool CanRead(string mediaType) => Format(mediaType) is not null;

    public async Task<QueryResult> ReadAsync(Stream stream, string mediaType, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var format = Format(mediaType) ?? throw new FormatException($"Cannot read a graph in {mediaType}.");
        var options = new RdfReaderOptions { SourceName = "remote CONSTRUCT result" };
        var triples = RdfFormats.Read(buffer, format, options, cancellationToken).Select(q => q.Triple).ToList();
        return new GraphResult(triples);
    }

    private static RdfFormat? Format(string mediaType) => mediaType switch
    {
        "application/n-triples" or "text/plain" => RdfFormat.NTriples,
        "text/turtle" or "application/x-turtle" => RdfFormat.Turtle,
        "application/n-quads" => RdfFormat.NQuads,
        "application/rdf+xml" => RdfFormat.RdfXml,
        _ => null,
    };
}
