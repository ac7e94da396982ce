using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// The seam between the protocol client and result parsing: one implementation per results format, producing the
/// same result model as the embedded engine.
/// </summary>
internal interface ISparqlResultsReader
{
    /// <summary>Whether this reader handles the media type (lower case, without parameters).</summary>
    bool CanRead(string mediaType);

    /// <summary>Reads a whole results document.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    Task<QueryResult> ReadAsync(Stream stream, string mediaType, CancellationToken cancellationToken);
}
