namespace KnowledgeGraph.Sparql.Results;

/// <summary>Serialisations of SELECT and ASK results.</summary>
public enum SparqlResultFormat
{
    /// <summary>SPARQL 1.1 Query Results JSON Format (application/sparql-results+json).</summary>
    Json,

    /// <summary>SPARQL Query Results XML Format (application/sparql-results+xml).</summary>
    Xml,

    /// <summary>SPARQL 1.1 Query Results CSV Format (text/csv); lossy, write only.</summary>
    Csv,

    /// <summary>SPARQL 1.1 Query Results TSV Format (text/tab-separated-values).</summary>
    Tsv,
}
