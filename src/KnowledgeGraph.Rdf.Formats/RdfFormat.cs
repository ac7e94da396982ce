namespace KnowledgeGraph.Rdf.Formats;

/// <summary>The RDF syntaxes known to the RdfFormats factory.</summary>
public enum RdfFormat
{
    /// <summary>N-Triples (<c>.nt</c>), one triple per line.</summary>
    NTriples,

    /// <summary>N-Quads (<c>.nq</c>), one quad per line.</summary>
    NQuads,

    /// <summary>Turtle (<c>.ttl</c>).</summary>
    Turtle,

    /// <summary>TriG (<c>.trig</c>), Turtle with named graphs.</summary>
    TriG,

    /// <summary>JSON-LD (<c>.jsonld</c>); written by the JSON-LD writer.</summary>
    JsonLd,

    /// <summary>RDF/XML (<c>.rdf</c>, <c>.owl</c>); read by the RDF/XML reader.</summary>
    RdfXml,
}
