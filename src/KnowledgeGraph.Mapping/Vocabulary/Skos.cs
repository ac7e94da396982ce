using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>SKOS terms for concept schemes and labels.</summary>
public static class Skos
{
    public const string Namespace = "http://www.w3.org/2004/02/skos/core#";

    public static readonly Iri Concept = Iri.Unchecked(Namespace + "Concept");
    public static readonly Iri PrefLabel = Iri.Unchecked(Namespace + "prefLabel");
    public static readonly Iri InScheme = Iri.Unchecked(Namespace + "inScheme");
}
