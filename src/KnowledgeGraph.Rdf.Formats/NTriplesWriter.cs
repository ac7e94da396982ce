namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Writes <see href="https://www.w3.org/TR/rdf12-n-triples/">N-Triples</see>, one triple per line, in canonical form
/// (the N-Triples escaping of <see cref="NTriplesEscaping"/>). Streaming: nothing is buffered beyond the text writer.
/// </summary>
public sealed class NTriplesWriter : IRdfWriter
{
    private readonly LineWriter _lines;

    /// <summary>Creates a writer over <paramref name="writer"/>, which stays open.</summary>
    public NTriplesWriter(TextWriter writer) => _lines = new LineWriter(writer, allowGraphs: false);

    public RdfFormat Format => RdfFormat.NTriples;

    /// <exception cref="ArgumentException">The quad is in a named graph.</exception>
    public void Write(Quad quad) => _lines.Write(quad);

    public void Write(Triple triple) => _lines.Write(triple.InGraph(DefaultGraph.Instance));

    public void Finish() => _lines.Finish();

    public void Dispose() => _lines.Finish();
}
