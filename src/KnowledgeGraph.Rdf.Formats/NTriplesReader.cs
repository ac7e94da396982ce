namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Streaming reader for <see href="https://www.w3.org/TR/rdf12-n-triples/">N-Triples</see>, including the RDF 1.2 additions.
/// Usage: <c>foreach (var quad in new NTriplesReader(options).Read(stream)) { ... }</c>.
/// </summary>
public sealed class NTriplesReader : TextRdfReader
{
    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="RdfReaderOptions.Default"/>.</summary>
    public NTriplesReader(RdfReaderOptions? options = null) : base(options)
    {
    }

    public override RdfFormat Format => RdfFormat.NTriples;

    private protected override IEnumerable<Quad> CreateParser(CharInput input, IriCache iris, PrefixMap prefixes, CancellationToken cancellationToken) =>
        new NQuadsParser(input, Options, quads: false, iris, cancellationToken).Parse();
}
