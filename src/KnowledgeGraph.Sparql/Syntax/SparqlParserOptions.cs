using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Options for <see cref="SparqlParser"/>.</summary>
/// <param name="BaseIri">Base IRI for relative IRIs (overridden by a BASE declaration).</param>
/// <param name="SourceName">Name of the query text used in error messages (a file name), or null.</param>
/// <param name="Prefixes">Prefixes that are predeclared before the query's own PREFIX declarations.</param>
public sealed record SparqlParserOptions(string? BaseIri = null, string? SourceName = null, PrefixMap? Prefixes = null);
