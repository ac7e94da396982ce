namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>The RDF namespace (<c>rdf:</c>).</summary>
public static class RdfVocabulary
{
    public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static readonly Iri Type = Iri.Unchecked(Namespace + "type");
    public static readonly Iri LangString = Iri.Unchecked(Namespace + "langString");
    public static readonly Iri DirLangString = Iri.Unchecked(Namespace + "dirLangString");
    public static readonly Iri First = Iri.Unchecked(Namespace + "first");
    public static readonly Iri Rest = Iri.Unchecked(Namespace + "rest");
    public static readonly Iri Nil = Iri.Unchecked(Namespace + "nil");
    public static readonly Iri Reifies = Iri.Unchecked(Namespace + "reifies");
    public static readonly Iri Subject = Iri.Unchecked(Namespace + "subject");
    public static readonly Iri Predicate = Iri.Unchecked(Namespace + "predicate");
    public static readonly Iri Object = Iri.Unchecked(Namespace + "object");
    public static readonly Iri Statement = Iri.Unchecked(Namespace + "Statement");
    public static readonly Iri XmlLiteral = Iri.Unchecked(Namespace + "XMLLiteral");
    public static readonly Iri Json = Iri.Unchecked(Namespace + "JSON");
    public static readonly Iri Html = Iri.Unchecked(Namespace + "HTML");
}
