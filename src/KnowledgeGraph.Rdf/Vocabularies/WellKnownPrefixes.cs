namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>Prefixes that writers offer by default and that the table renderer uses to shorten IRIs.</summary>
public static class WellKnownPrefixes
{
    public static IReadOnlyList<(string Prefix, string Namespace)> All { get; } =
    [
        ("rdf", RdfVocabulary.Namespace),
        ("rdfs", Rdfs.Namespace),
        ("xsd", Xsd.Namespace),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("schema", "http://schema.org/"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("org", "http://www.w3.org/ns/org#"),
        ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
        ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
        ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("wd", "http://www.wikidata.org/entity/"),
        ("sh", "http://www.w3.org/ns/shacl#"),
    ];
}
