namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// What the four text syntaxes' readers share: the three entry points (stream, reader, string), ownership of the
/// readers this class opens itself, and a cache of repeated IRIs. Each syntax supplies only its parser.
/// </summary>
public abstract class TextRdfReader : IRdfReader
{
    // Shared across documents read by this instance so repeated IRIs are reused; not thread-safe, like the reader.
    private readonly IriCache _iris = new();

    private protected TextRdfReader(RdfReaderOptions? options)
    {
        Options = options ?? RdfReaderOptions.Default;
        Prefixes = new PrefixMap();
    }

    public abstract RdfFormat Format { get; }

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

    /// <summary>Creates the syntax's parser over one document.</summary>
    private protected abstract IEnumerable<Quad> CreateParser(CharInput input, IriCache iris, PrefixMap prefixes, CancellationToken cancellationToken);

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
        return CreateParser(new CharInput(reader), _iris, Prefixes, cancellationToken);
    }
}
