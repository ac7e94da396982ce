using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>schema.org terms the mapping uses (http form, as Wikidata's RDF uses).</summary>
public static class Schema
{
    public const string Namespace = "http://schema.org/";

    public static readonly Iri NewsArticle = Iri.Unchecked(Namespace + "NewsArticle");
    public static readonly Iri Person = Iri.Unchecked(Namespace + "Person");
    public static readonly Iri Organization = Iri.Unchecked(Namespace + "Organization");
    public static readonly Iri Place = Iri.Unchecked(Namespace + "Place");
    public static readonly Iri AdministrativeArea = Iri.Unchecked(Namespace + "AdministrativeArea");
    public static readonly Iri Country = Iri.Unchecked(Namespace + "Country");
    public static readonly Iri Quotation = Iri.Unchecked(Namespace + "Quotation");
    public static readonly Iri Headline = Iri.Unchecked(Namespace + "headline");
    public static readonly Iri DatePublished = Iri.Unchecked(Namespace + "datePublished");
    public static readonly Iri Url = Iri.Unchecked(Namespace + "url");
    public static readonly Iri InLanguage = Iri.Unchecked(Namespace + "inLanguage");
    public static readonly Iri Name = Iri.Unchecked(Namespace + "name");
    public static readonly Iri AlternateName = Iri.Unchecked(Namespace + "alternateName");
    public static readonly Iri SameAs = Iri.Unchecked(Namespace + "sameAs");
    public static readonly Iri Text = Iri.Unchecked(Namespace + "text");
    public static readonly Iri SpokenByCharacter = Iri.Unchecked(Namespace + "spokenByCharacter");
    public static readonly Iri Recipient = Iri.Unchecked(Namespace + "recipient");
    public static readonly Iri IsPartOf = Iri.Unchecked(Namespace + "isPartOf");
    public static readonly Iri Mentions = Iri.Unchecked(Namespace + "mentions");
    public static readonly Iri ContainedInPlace = Iri.Unchecked(Namespace + "containedInPlace");
    public static readonly Iri SoftwareVersion = Iri.Unchecked(Namespace + "softwareVersion");
}
