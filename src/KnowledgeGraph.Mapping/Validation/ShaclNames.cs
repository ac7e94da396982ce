using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>Prefixed names for reports ("schema:spokenByCharacter" rather than the full IRI).</summary>
internal static class ShaclNames
{
    private static readonly PrefixMap Prefixes = Create();

    public static string Short(Term term)
    {
        if (term is Iri iri && Prefixes.TryShorten(iri.Value, out string prefix, out string local) && local.Length > 0
            && local.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return prefix + ":" + local;
        }

        return term.ToString();
    }

    private static PrefixMap Create()
    {
        var map = PrefixMap.CreateWellKnown();
        map.Set("kgo", Kgo.Namespace);
        map.Set("kgsh", "https://w3id.org/knowledgegraph/shapes#");
        map.Set("foaf", Foaf.Namespace);
        return map;
    }
}
