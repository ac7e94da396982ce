using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>PROV-O terms for extraction provenance.</summary>
public static class Prov
{
    public const string Namespace = "http://www.w3.org/ns/prov#";

    public static readonly Iri Entity = Iri.Unchecked(Namespace + "Entity");
    public static readonly Iri Activity = Iri.Unchecked(Namespace + "Activity");
    public static readonly Iri SoftwareAgent = Iri.Unchecked(Namespace + "SoftwareAgent");
    public static readonly Iri WasDerivedFrom = Iri.Unchecked(Namespace + "wasDerivedFrom");
    public static readonly Iri WasGeneratedBy = Iri.Unchecked(Namespace + "wasGeneratedBy");
    public static readonly Iri Used = Iri.Unchecked(Namespace + "used");
    public static readonly Iri WasAssociatedWith = Iri.Unchecked(Namespace + "wasAssociatedWith");
}
