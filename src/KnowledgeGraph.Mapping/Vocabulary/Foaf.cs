using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>FOAF: groups of people that act or speak together.</summary>
public static class Foaf
{
    public const string Namespace = "http://xmlns.com/foaf/0.1/";

    public static readonly Iri Group = Iri.Unchecked(Namespace + "Group");
}
