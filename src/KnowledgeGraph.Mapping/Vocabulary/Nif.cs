using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>NIF 2.0 core: texts and spans. Offsets count Unicode code points.</summary>
public static class Nif
{
    public const string Namespace = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static readonly Iri Context = Iri.Unchecked(Namespace + "Context");
    public static readonly Iri Sentence = Iri.Unchecked(Namespace + "Sentence");
    public static readonly Iri Phrase = Iri.Unchecked(Namespace + "Phrase");
    public static readonly Iri BeginIndex = Iri.Unchecked(Namespace + "beginIndex");
    public static readonly Iri EndIndex = Iri.Unchecked(Namespace + "endIndex");
    public static readonly Iri AnchorOf = Iri.Unchecked(Namespace + "anchorOf");
    public static readonly Iri IsString = Iri.Unchecked(Namespace + "isString");
    public static readonly Iri ReferenceContext = Iri.Unchecked(Namespace + "referenceContext");
    public static readonly Iri SentenceProperty = Iri.Unchecked(Namespace + "sentence");
}
