namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A streaming RDF reader for one syntax. Each <c>Read</c> call parses one document lazily: quads are produced as
/// the enumeration advances, and syntax errors surface as <see cref="RdfSyntaxException"/> from <c>MoveNext</c>
/// (or go to <see cref="RdfReaderOptions.OnError"/> in lenient mode).
/// </summary>
public interface IRdfReader
{
    /// <summary>The syntax this reader parses.</summary>
    RdfFormat Format { get; }

    /// <summary>The options this reader was created with.</summary>
    RdfReaderOptions Options { get; }

    /// <summary>
    /// The prefixes declared by the document being read (or last read), in declaration order; filled as parsing
    /// proceeds, so it is complete once the enumeration has finished. Writers can reuse it to abbreviate IRIs.
    /// </summary>
    PrefixMap Prefixes { get; }

    /// <summary>Parses a UTF-8 stream (a byte order mark selects another encoding). The stream is not closed.</summary>
    IEnumerable<Quad> Read(Stream stream, CancellationToken cancellationToken = default);

    /// <summary>Parses text from a reader. The reader is not closed.</summary>
    IEnumerable<Quad> Read(TextReader reader, CancellationToken cancellationToken = default);

    /// <summary>Parses a document held in a string (the text itself, not a file name).</summary>
    IEnumerable<Quad> Read(string text, CancellationToken cancellationToken = default);
}
