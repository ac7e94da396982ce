namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>How queries are sent (SPARQL 1.1 Protocol, section 2.1).</summary>
public enum SparqlRequestMethod
{
    /// <summary>GET when the URL stays short, otherwise a form-encoded POST.</summary>
    Auto,

    /// <summary>Query via GET.</summary>
    Get,

    /// <summary>Query via URL-encoded POST (not <c>application/sparql-query</c>, on which Virtuoso 7.2 hangs).</summary>
    PostForm,
}
