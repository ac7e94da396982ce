namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Writes readable <see href="https://www.w3.org/TR/rdf12-turtle/">Turtle</see>: prefix declarations (only those
/// used), triples grouped by subject with <c>;</c> and <c>,</c>, <c>a</c> for rdf:type, number and boolean
/// shorthands, long strings for text with line breaks. Buffers everything until <see cref="Finish"/>.
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    private readonly TurtleDocumentWriter _document;

    /// <summary>Creates a writer; <paramref name="prefixes"/> defaults to <see cref="PrefixMap.CreateWellKnown"/>.</summary>
    public TurtleWriter(TextWriter writer, PrefixMap? prefixes = null) => _document = new TurtleDocumentWriter(writer, prefixes, trig: false);

    /// <summary>
    /// Creates a writer that can leave out the <c>@prefix</c> declarations, for appending parts to a document whose
    /// head already declares every prefix of <paramref name="prefixes"/> (see <see cref="WritePrefixDeclarations"/>).
    /// </summary>
    public TurtleWriter(TextWriter writer, PrefixMap prefixes, bool declarePrefixes) =>
        _document = new TurtleDocumentWriter(writer, prefixes, trig: false, declarePrefixes);

    /// <summary>Writes an <c>@prefix</c> line for every entry of <paramref name="prefixes"/>.</summary>
    public static void WritePrefixDeclarations(TextWriter writer, PrefixMap prefixes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(prefixes);
        TurtleDocumentWriter.WritePrefixes(writer, prefixes.Entries);
    }

    public RdfFormat Format => RdfFormat.Turtle;

    /// <exception cref="ArgumentException">The quad is in a named graph.</exception>
    public void Write(Quad quad) => _document.Add(quad);

    public void Write(Triple triple) => _document.Add(triple.InGraph(DefaultGraph.Instance));

    public void Finish() => _document.Finish();

    public void Dispose() => _document.Finish();
}
