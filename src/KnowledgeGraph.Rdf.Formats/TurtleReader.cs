namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Streaming reader for <see href="https://www.w3.org/TR/rdf12-turtle/">Turtle</see>, including the RDF 1.2 additions.
/// Usage: <c>foreach (var quad in new TurtleReader(options).Read(stream)) { ... }</c>.
/// </summary>
public sealed class TurtleReader : TextRdfReader
{
    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="RdfReaderOptions.Default"/>.</summary>
    public TurtleReader(RdfReaderOptions? options = null) : base(options)
    {
    }

    public override RdfFormat Format => RdfFormat.Turtle;

    private protected override IEnumerable<Quad> CreateParser(CharInput input, IriCache iris, PrefixMap prefixes, CancellationToken cancellationToken) =>
        new TurtleParser(input, Options, trig: false, iris, prefixes, cancellationToken).Parse();
}
