namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Streaming reader for <see href="https://www.w3.org/TR/rdf12-n-quads/">N-Quads</see>, including the RDF 1.2 additions.
/// Usage: <c>foreach (var quad in new NQuadsReader(options).Read(stream)) { ... }</c>.
/// </summary>
public sealed class NQuadsReader : TextRdfReader
{
    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="RdfReaderOptions.Default"/>.</summary>
    public NQuadsReader(RdfReaderOptions? options = null) : base(options)
    {
    }

    public override RdfFormat Format => RdfFormat.NQuads;

    private protected override IEnumerable<Quad> CreateParser(CharInput input, IriCache iris, PrefixMap prefixes, CancellationToken cancellationToken) =>
        new NQuadsParser(input, Options, quads: true, iris, cancellationToken).Parse();
}
