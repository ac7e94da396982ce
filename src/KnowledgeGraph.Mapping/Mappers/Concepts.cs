using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>The SKOS concepts that fact enums map to, with the labels the ontology gives them.</summary>
internal static class Concepts
{
    public static (Iri Concept, string Slug, string Label) Of(ControlStatus status) => status switch
    {
        ControlStatus.Controls => (Kgo.Controls, "controls", "controls"),
        ControlStatus.Claims => (Kgo.Claims, "claims", "claims"),
        ControlStatus.Captured => (Kgo.Captured, "captured", "captured"),
        ControlStatus.Lost => (Kgo.Lost, "lost", "lost"),
        ControlStatus.Recaptured => (Kgo.Recaptured, "recaptured", "recaptured"),
        ControlStatus.DeFacto => (Kgo.DeFacto, "de-facto", "de facto control"),
        ControlStatus.Besieges => (Kgo.Besieges, "besieges", "besieges"),
        ControlStatus.PartOf => (Kgo.PartOf, "part-of", "part of"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown control status."),
    };

    /// <summary>The binary shortcut property for a status stated by the narrator (PartOf is handled apart: it
    /// points from the place to the state).</summary>
    public static Iri? NarratorShortcut(ControlStatus status) => status switch
    {
        ControlStatus.Controls => Kgo.ControlsProperty,
        ControlStatus.Claims => Kgo.ClaimsControlOf,
        ControlStatus.Captured => Kgo.CapturedProperty,
        ControlStatus.Lost => Kgo.LostProperty,
        ControlStatus.Recaptured => Kgo.RecapturedProperty,
        ControlStatus.DeFacto => Kgo.HasDeFactoControlOf,
        ControlStatus.Besieges => Kgo.BesiegesProperty,
        _ => null,
    };

    public static (Iri Concept, string Label) Of(MentionKind kind) => kind switch
    {
        MentionKind.Name => (Kgo.NameMention, "name"),
        MentionKind.Nominal => (Kgo.NominalMention, "nominal"),
        MentionKind.Pronoun => (Kgo.PronounMention, "pronoun"),
        MentionKind.Metonym => (Kgo.MetonymMention, "metonym"),
        MentionKind.Title => (Kgo.TitleMention, "title"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mention kind."),
    };

    public static (Iri Concept, string Label) QuoteType(bool direct) =>
        direct ? (Kgo.DirectQuote, "direct quote") : (Kgo.IndirectQuote, "indirect quote");
}
