namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Entry points by <see cref="RdfFormat"/>: format names and file extensions, reader and writer factories.
/// </summary>
public static class RdfFormats
{
    private static readonly (RdfFormat Format, string Name, string[] Aliases, string[] Extensions, string MediaType)[] Table =
    [
        (RdfFormat.NTriples, "ntriples", ["nt", "n-triples"], [".nt"], "application/n-triples"),
        (RdfFormat.NQuads, "nquads", ["nq", "n-quads"], [".nq"], "application/n-quads"),
        (RdfFormat.Turtle, "turtle", ["ttl"], [".ttl"], "text/turtle"),
        (RdfFormat.TriG, "trig", [], [".trig"], "application/trig"),
        (RdfFormat.JsonLd, "jsonld", ["json-ld"], [".jsonld"], "application/ld+json"),
        (RdfFormat.RdfXml, "rdfxml", ["rdf/xml", "xml", "rdf"], [".rdf", ".owl", ".xml"], "application/rdf+xml"),
    ];

    /// <summary>The canonical lower-case name of a format (<c>ntriples</c>, <c>nquads</c>, <c>turtle</c>, <c>trig</c>, <c>jsonld</c>, <c>rdfxml</c>).</summary>
    public static string GetName(RdfFormat format) => Row(format).Name;

    /// <summary>The usual file extension, with the dot.</summary>
    public static string GetExtension(RdfFormat format) => Row(format).Extensions[0];

    /// <summary>The IANA media type.</summary>
    public static string GetMediaType(RdfFormat format) => Row(format).MediaType;

    /// <summary>Whether the syntax can hold named graphs (N-Quads, TriG, JSON-LD).</summary>
    public static bool SupportsNamedGraphs(RdfFormat format) => format is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;

    /// <summary>Parses a format name, case-insensitively; also accepts common aliases (<c>nt</c>, <c>ttl</c>, <c>json-ld</c>, ...) and media types.</summary>
    public static bool TryParseName(string name, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var row in Table)
        {
            if (string.Equals(row.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(row.MediaType, name, StringComparison.OrdinalIgnoreCase)
                || row.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                format = row.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Parses a format name.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static RdfFormat ParseName(string name) =>
        TryParseName(name, out var format)
            ? format
            : throw new ArgumentException($"Unknown RDF format '{name}' (expected one of: {string.Join(", ", Table.Select(r => r.Name))}).", nameof(name));

    /// <summary>Guesses a format from a file name's extension (<c>.nt .nq .ttl .trig .jsonld .rdf .owl</c>); a trailing <c>.gz</c> is not handled.</summary>
    public static bool TryGuessFromPath(string path, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        foreach (var row in Table)
        {
            if (row.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                format = row.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Creates a reader for a format.</summary>
    /// <exception cref="NotSupportedException">JSON-LD input, which this library does not read.</exception>
    public static IRdfReader CreateReader(RdfFormat format, RdfReaderOptions? options = null) => format switch
    {
        RdfFormat.NTriples => new NTriplesReader(options),
        RdfFormat.NQuads => new NQuadsReader(options),
        RdfFormat.Turtle => new TurtleReader(options),
        RdfFormat.TriG => new TriGReader(options),
        RdfFormat.RdfXml => new RdfXmlReader(options),
        _ => throw new NotSupportedException($"Reading {GetName(format)} is not supported."),
    };

    /// <summary>Reads a stream in the given format, lazily.</summary>
    /// <exception cref="NotSupportedException">JSON-LD input.</exception>
    public static IEnumerable<Quad> Read(Stream stream, RdfFormat format, RdfReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateReader(format, options).Read(stream, cancellationToken);

    /// <summary>Reads text in the given format, lazily.</summary>
    /// <exception cref="NotSupportedException">JSON-LD input.</exception>
    public static IEnumerable<Quad> Read(TextReader reader, RdfFormat format, RdfReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateReader(format, options).Read(reader, cancellationToken);

    /// <summary>
    /// Reads a file lazily (the file is opened on the first <c>MoveNext</c> and closed at the end). The format is
    /// guessed from the extension unless given; unless the options say otherwise, the source name is the path and the
    /// base IRI is the file's <c>file:</c> URI.
    /// </summary>
    /// <exception cref="ArgumentException">The format cannot be guessed from the extension.</exception>
    /// <exception cref="NotSupportedException">JSON-LD input.</exception>
    public static IEnumerable<Quad> ReadFile(string path, RdfFormat? format = null, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        RdfFormat actual = format ?? (TryGuessFromPath(path, out var guessed)
            ? guessed
            : throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its extension.", nameof(path)));
        options ??= RdfReaderOptions.Default;
        options = options with
        {
            SourceName = options.SourceName == RdfReaderOptions.Default.SourceName ? path : options.SourceName,
            BaseIri = options.BaseIri ?? new Uri(Path.GetFullPath(path)).AbsoluteUri,
        };
        var reader = CreateReader(actual, options);
        return ReadOpened(path, reader, cancellationToken);
    }

    private static IEnumerable<Quad> ReadOpened(string path, IRdfReader reader, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        foreach (var quad in reader.Read(stream, cancellationToken))
        {
            yield return quad;
        }
    }

    /// <summary>
    /// Creates a writer. <paramref name="prefixes"/> is used by Turtle and TriG (prefix declarations) and JSON-LD
    /// (as the compaction context); the line-based syntaxes ignore it.
    /// </summary>
    /// <exception cref="NotSupportedException">RDF/XML output, which this library does not write.</exception>
    public static IRdfWriter CreateWriter(RdfFormat format, TextWriter writer, PrefixMap? prefixes = null) => format switch
    {
        RdfFormat.NTriples => new NTriplesWriter(writer),
        RdfFormat.NQuads => new NQuadsWriter(writer),
        RdfFormat.Turtle => new TurtleWriter(writer, prefixes),
        RdfFormat.TriG => new TriGWriter(writer, prefixes),
        RdfFormat.JsonLd => new JsonLdWriter(writer, prefixes is null ? null : JsonLdContext.FromPrefixes(prefixes)),
        _ => throw new NotSupportedException($"Writing {GetName(format)} is not supported."),
    };

    private static (RdfFormat Format, string Name, string[] Aliases, string[] Extensions, string MediaType) Row(RdfFormat format)
    {
        foreach (var row in Table)
        {
            if (row.Format == format)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format));
    }
}
