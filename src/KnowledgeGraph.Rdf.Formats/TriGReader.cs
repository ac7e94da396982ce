namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Streaming reader for <see href="https://www.w3.org/TR/rdf12-trig/">TriG</see>, including the RDF 1.2 additions.
/// Usage: <c>foreach (var quad in new TriGReader(options).Read(stream)) { ... }</c>.
/// </summary>
public sealed class TriGReader : IRdfReader
{
    // Shared across documents read by this instance so repeated IRIs are reused; not thread-safe, like the reader.
    private readonly IriCache _iris = new();

    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="RdfReaderOptions.Default"/>.</summary>
    public TriGReader(RdfReaderOptions? options = null)
    {
        Options = options ?? RdfReaderOptions.Default;
        Prefixes = new PrefixMap();
    }

    public RdfFormat Format => RdfFormat.TriG;

    public RdfReaderOptions Options { get; }

    public PrefixMap Prefixes { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="RdfSyntaxException">Malformed input (strict mode), raised during enumeration.</exception>
    public IEnumerable<Quad> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadOwned(TextReaders.FromStream(stream), cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="RdfSyntaxException">Malformed input (strict mode), raised during enumeration.</exception>
    public IEnumerable<Quad> Read(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="RdfSyntaxException">Malformed input (strict mode), raised during enumeration.</exception>
    public IEnumerable<Quad> Read(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadOwned(new StringReader(text), cancellationToken);
    }

    private IEnumerable<Quad> ReadOwned(TextReader reader, CancellationToken cancellationToken)
    {
        using (reader)
        {
            foreach (var quad in Parse(reader, cancellationToken))
            {
                yield return quad;
            }
        }
    }

    private IEnumerable<Quad> Parse(TextReader reader, CancellationToken cancellationToken)
    {
        Prefixes = new PrefixMap();
        return new TurtleParser(new CharInput(reader), Options, trig: true, _iris, Prefixes, cancellationToken).Parse();
    }
}
