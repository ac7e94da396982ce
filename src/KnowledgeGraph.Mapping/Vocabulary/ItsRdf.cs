using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>ITS 2.0 text analysis terms linking a mention to its entity.</summary>
public static class ItsRdf
{
    public const string Namespace = "http://www.w3.org/2005/11/its/rdf#";

    public static readonly Iri TaIdentRef = Iri.Unchecked(Namespace + "taIdentRef");
    public static readonly Iri TaConfidence = Iri.Unchecked(Namespace + "taConfidence");
}
