namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Options shared by every RDF reader. Immutable; use <c>with</c> to derive variants.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>Options with no base IRI, strict parsing and document-scoped blank nodes.</summary>
    public static RdfReaderOptions Default { get; } = new();

    /// <summary>
    /// The base IRI against which relative IRIs are resolved (Turtle, TriG, JSON-LD, RDF/XML); a document may change it
    /// with <c>@base</c>/<c>BASE</c>. N-Triples and N-Quads only accept absolute IRIs and ignore it.
    /// </summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// When true, a bad statement is reported to <see cref="OnError"/> and skipped, and reading continues with the
    /// next statement (the next line for N-Triples/N-Quads, after the next <c>.</c> for Turtle/TriG). When false, the
    /// first error throws <see cref="RdfSyntaxException"/>.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>File name or URL used in error positions (<c>source:line:column: message</c>).</summary>
    public string SourceName { get; init; } = "<input>";

    /// <summary>Receives each error in lenient mode.</summary>
    public Action<RdfSyntaxException>? OnError { get; init; }

    /// <summary>How blank node labels are scoped; see <see cref="Formats.BlankNodeScope"/>.</summary>
    public BlankNodeScope BlankNodeScope { get; init; } = BlankNodeScope.Document;
}
