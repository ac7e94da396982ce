using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Sparql.Engine;

/// <summary>Options of <see cref="SparqlEngine"/>.</summary>
/// <param name="Timeout">Stop a query (including reading its lazy results) after this long with <see cref="QueryTimeoutException"/>; null for none.</param>
/// <param name="ResultLimit">Stop with <see cref="EvaluationFailure.ResultLimit"/> when a query yields more solutions or triples; null for none.</param>
/// <param name="BaseIri">Base IRI for parsing query text and for the IRI() function when the query has no BASE.</param>
/// <param name="ServiceExecutor">Runs SERVICE blocks at remote endpoints; null (the default) makes no outgoing calls: SERVICE fails and SERVICE SILENT yields one empty solution.</param>
/// <param name="DocumentLoader">Reads the document named by LOAD into quads of the default graph; null uses local files (file: IRIs or paths).</param>
public sealed record SparqlEngineOptions(
    TimeSpan? Timeout = null,
    long? ResultLimit = null,
    string? BaseIri = null,
    Func<Iri, CancellationToken, IEnumerable<Quad>>? DocumentLoader = null,
    ISparqlServiceExecutor? ServiceExecutor = null);
