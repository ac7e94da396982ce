namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// An RDF writer for one syntax over a <see cref="TextWriter"/> it does not own. Line-based syntaxes write each quad
/// at once; Turtle, TriG and JSON-LD buffer quads to group them and write everything in <see cref="Finish"/>.
/// Disposing calls <see cref="Finish"/> if it has not been called; the text writer is flushed, not closed.
/// </summary>
public interface IRdfWriter : IDisposable
{
    /// <summary>The syntax this writer produces.</summary>
    RdfFormat Format { get; }

    /// <summary>Writes (or buffers) one quad. Syntaxes without named graphs reject quads outside the default graph.</summary>
    /// <exception cref="ArgumentException">The quad cannot be expressed in this syntax.</exception>
    void Write(Quad quad);

    /// <summary>Writes (or buffers) one triple in the default graph.</summary>
    void Write(Triple triple);

    /// <summary>Writes whatever is buffered and flushes the text writer. Further writes are rejected.</summary>
    void Finish();
}
