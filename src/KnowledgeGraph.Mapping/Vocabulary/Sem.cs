using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Vocabulary;

/// <summary>Simple Event Model: who a fact holds according to.</summary>
public static class Sem
{
    public const string Namespace = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    public static readonly Iri AccordingTo = Iri.Unchecked(Namespace + "accordingTo");
}
