using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>W3C Organization Ontology terms for offices and their holders.</summary>
public static class Org
{
    public const string Namespace = "http://www.w3.org/ns/org#";

    public static readonly Iri Organization = Iri.Unchecked(Namespace + "Organization");
    public static readonly Iri Post = Iri.Unchecked(Namespace + "Post");
    public static readonly Iri Membership = Iri.Unchecked(Namespace + "Membership");
    public static readonly Iri Role = Iri.Unchecked(Namespace + "Role");
    public static readonly Iri Holds = Iri.Unchecked(Namespace + "holds");
    public static readonly Iri HeldBy = Iri.Unchecked(Namespace + "heldBy");
    public static readonly Iri PostIn = Iri.Unchecked(Namespace + "postIn");
    public static readonly Iri Member = Iri.Unchecked(Namespace + "member");
    public static readonly Iri OrganizationProperty = Iri.Unchecked(Namespace + "organization");
    public static readonly Iri RoleProperty = Iri.Unchecked(Namespace + "role");
}
