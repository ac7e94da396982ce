using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>The KnowledgeGraph ontology (<c>kgo:</c>): only what the reused vocabularies lack. Every term here is declared in <c>ontology/knowledgegraph.ttl</c>, and the reverse.</summary>
public static class Kgo
{
    public const string Namespace = "https://w3id.org/knowledgegraph/ontology#";

    public static readonly Iri ControlStatement = Iri.Unchecked(Namespace + "ControlStatement");
    public static readonly Iri ControlStatus = Iri.Unchecked(Namespace + "ControlStatus");
    public static readonly Iri QuoteType = Iri.Unchecked(Namespace + "QuoteType");
    public static readonly Iri MentionKind = Iri.Unchecked(Namespace + "MentionKind");
    public static readonly Iri Party = Iri.Unchecked(Namespace + "party");
    public static readonly Iri Place = Iri.Unchecked(Namespace + "place");
    public static readonly Iri Status = Iri.Unchecked(Namespace + "status");
    public static readonly Iri TimeExpression = Iri.Unchecked(Namespace + "timeExpression");
    public static readonly Iri TimeMention = Iri.Unchecked(Namespace + "timeMention");
    public static readonly Iri NormalizedTime = Iri.Unchecked(Namespace + "normalizedTime");
    public static readonly Iri StatedIn = Iri.Unchecked(Namespace + "statedIn");
    public static readonly Iri ControlStatusScheme = Iri.Unchecked(Namespace + "ControlStatusScheme");
    public static readonly Iri Controls = Iri.Unchecked(Namespace + "Controls");
    public static readonly Iri Claims = Iri.Unchecked(Namespace + "Claims");
    public static readonly Iri Captured = Iri.Unchecked(Namespace + "Captured");
    public static readonly Iri Lost = Iri.Unchecked(Namespace + "Lost");
    public static readonly Iri Recaptured = Iri.Unchecked(Namespace + "Recaptured");
    public static readonly Iri DeFacto = Iri.Unchecked(Namespace + "DeFacto");
    public static readonly Iri Besieges = Iri.Unchecked(Namespace + "Besieges");
    public static readonly Iri PartOf = Iri.Unchecked(Namespace + "PartOf");
    public static readonly Iri ControlsProperty = Iri.Unchecked(Namespace + "controls");
    public static readonly Iri ClaimsControlOf = Iri.Unchecked(Namespace + "claimsControlOf");
    public static readonly Iri CapturedProperty = Iri.Unchecked(Namespace + "captured");
    public static readonly Iri LostProperty = Iri.Unchecked(Namespace + "lost");
    public static readonly Iri RecapturedProperty = Iri.Unchecked(Namespace + "recaptured");
    public static readonly Iri HasDeFactoControlOf = Iri.Unchecked(Namespace + "hasDeFactoControlOf");
    public static readonly Iri BesiegesProperty = Iri.Unchecked(Namespace + "besieges");
    public static readonly Iri QuoteTypeScheme = Iri.Unchecked(Namespace + "QuoteTypeScheme");
    public static readonly Iri DirectQuote = Iri.Unchecked(Namespace + "DirectQuote");
    public static readonly Iri IndirectQuote = Iri.Unchecked(Namespace + "IndirectQuote");
    public static readonly Iri QuoteTypeProperty = Iri.Unchecked(Namespace + "quoteType");
    public static readonly Iri Content = Iri.Unchecked(Namespace + "content");
    public static readonly Iri Cue = Iri.Unchecked(Namespace + "cue");
    public static readonly Iri CueText = Iri.Unchecked(Namespace + "cueText");
    public static readonly Iri SpeakerMention = Iri.Unchecked(Namespace + "speakerMention");
    public static readonly Iri Post = Iri.Unchecked(Namespace + "post");
    public static readonly Iri RoleText = Iri.Unchecked(Namespace + "roleText");
    public static readonly Iri MentionKindScheme = Iri.Unchecked(Namespace + "MentionKindScheme");
    public static readonly Iri NameMention = Iri.Unchecked(Namespace + "NameMention");
    public static readonly Iri NominalMention = Iri.Unchecked(Namespace + "NominalMention");
    public static readonly Iri PronounMention = Iri.Unchecked(Namespace + "PronounMention");
    public static readonly Iri MetonymMention = Iri.Unchecked(Namespace + "MetonymMention");
    public static readonly Iri TitleMention = Iri.Unchecked(Namespace + "TitleMention");
    public static readonly Iri MentionKindProperty = Iri.Unchecked(Namespace + "mentionKind");
    public static readonly Iri Evidence = Iri.Unchecked(Namespace + "evidence");
    public static readonly Iri Confidence = Iri.Unchecked(Namespace + "confidence");
    public static readonly Iri ExtractorVersion = Iri.Unchecked(Namespace + "extractorVersion");
}
