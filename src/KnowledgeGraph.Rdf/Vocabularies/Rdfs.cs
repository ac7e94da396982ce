namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>The RDF Schema namespace (<c>rdfs:</c>).</summary>
public static class Rdfs
{
    public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";

    public static readonly Iri Label = Iri.Unchecked(Namespace + "label");
    public static readonly Iri Comment = Iri.Unchecked(Namespace + "comment");
    public static readonly Iri SubClassOf = Iri.Unchecked(Namespace + "subClassOf");
    public static readonly Iri SubPropertyOf = Iri.Unchecked(Namespace + "subPropertyOf");
    public static readonly Iri Domain = Iri.Unchecked(Namespace + "domain");
    public static readonly Iri Range = Iri.Unchecked(Namespace + "range");
    public static readonly Iri Class = Iri.Unchecked(Namespace + "Class");
}
