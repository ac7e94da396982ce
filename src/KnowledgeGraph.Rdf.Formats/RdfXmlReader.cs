using System.Xml;
using System.Xml.Linq;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A reader for the common subset of <see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF/XML</see>:
/// <c>rdf:Description</c> and typed node elements, <c>rdf:about</c>/<c>rdf:ID</c>/<c>rdf:nodeID</c>/<c>rdf:resource</c>,
/// <c>rdf:parseType</c> Resource/Literal/Collection, <c>xml:lang</c>, <c>xml:base</c>, <c>rdf:datatype</c>, property
/// attributes and <c>rdf:li</c>. The document is loaded with System.Xml before quads are produced.
/// </summary>
public sealed class RdfXmlReader : IRdfReader
{
    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="RdfReaderOptions.Default"/>.</summary>
    public RdfXmlReader(RdfReaderOptions? options = null)
    {
        Options = options ?? RdfReaderOptions.Default;
        Prefixes = new PrefixMap();
    }

    public RdfFormat Format => RdfFormat.RdfXml;

    public RdfReaderOptions Options { get; }

    /// <summary>The namespace declarations of the root element of the last document read.</summary>
    public PrefixMap Prefixes { get; private set; }

    /// <exception cref="RdfSyntaxException">Malformed XML or RDF/XML, raised during enumeration.</exception>
    public IEnumerable<Quad> Read(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Parse(() => XDocument.Load(stream, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace), cancellationToken);
    }

    /// <exception cref="RdfSyntaxException">Malformed XML or RDF/XML, raised during enumeration.</exception>
    public IEnumerable<Quad> Read(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(() => XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace), cancellationToken);
    }

    /// <exception cref="RdfSyntaxException">Malformed XML or RDF/XML, raised during enumeration.</exception>
    public IEnumerable<Quad> Read(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new StringReader(text), cancellationToken);
    }

    private IEnumerable<Quad> Parse(Func<XDocument> load, CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            document = load();
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(e.Message, Options.SourceName, e.LineNumber, e.LinePosition);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Prefixes = new PrefixMap();
        var root = document.Root ?? throw new RdfSyntaxException("empty XML document", Options.SourceName, 1, 1);
        foreach (var attribute in root.Attributes().Where(a => a.IsNamespaceDeclaration))
        {
            Prefixes.Set(attribute.Name.Namespace == XNamespace.None ? "" : attribute.Name.LocalName, attribute.Value);
        }

        var parser = new RdfXmlParser(Options);
        try
        {
            return parser.Parse(root, cancellationToken);
        }
        catch (ArgumentException e)
        {
            // Values the XML allows but RDF terms reject (an empty rdf:nodeID, a bad language tag).
            throw new RdfSyntaxException(e.Message, Options.SourceName, 0, 0);
        }
    }
}
