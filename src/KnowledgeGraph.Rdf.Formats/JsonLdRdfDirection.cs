namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// How the JSON-LD writer recognises base directions encoded in plain RDF 1.1
/// (<see href="https://www.w3.org/TR/json-ld11-api/#dom-jsonldoptions-rdfdirection">rdfDirection</see>).
/// RDF 1.2 directional literals are always written with <c>@direction</c>.
/// </summary>
public enum JsonLdRdfDirection
{
    /// <summary>No special handling.</summary>
    None,

    /// <summary>Literals typed <c>https://www.w3.org/ns/i18n#{lang}_{dir}</c> become value objects with <c>@direction</c>.</summary>
    I18nDatatype,

    /// <summary>Blank nodes with <c>rdf:value</c>, <c>rdf:direction</c> (and <c>rdf:language</c>) become value objects.</summary>
    CompoundLiteral,
}
