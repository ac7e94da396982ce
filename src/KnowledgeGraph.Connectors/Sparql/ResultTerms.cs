using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>Builds terms from the parts a results document gives.</summary>
internal static class ResultTerms
{
    public static Literal TypedLiteral(string value, string datatype)
    {
        if (datatype == RdfVocabulary.LangString.Value || datatype == Xsd.String.Value)
        {
            return Literal.Create(value);
        }

        return Literal.Typed(value, Iri.Unchecked(datatype));
    }
}
