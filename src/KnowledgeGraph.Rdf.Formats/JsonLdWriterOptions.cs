namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Options of the <see href="https://www.w3.org/TR/json-ld11-api/#serialize-rdf-as-json-ld-algorithm">RDF to JSON-LD</see> serialisation.</summary>
public sealed record JsonLdWriterOptions
{
    public static JsonLdWriterOptions Default { get; } = new();

    /// <summary>Write xsd:boolean, xsd:integer and xsd:double values as JSON booleans and numbers.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>Keep rdf:type as a property instead of turning it into <c>@type</c>.</summary>
    public bool UseRdfType { get; init; }

    public JsonLdRdfDirection RdfDirection { get; init; } = JsonLdRdfDirection.None;

    /// <summary>Indent the output.</summary>
    public bool Indented { get; init; } = true;
}
