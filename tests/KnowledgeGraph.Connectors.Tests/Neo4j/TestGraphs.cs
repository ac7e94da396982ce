using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Connectors.Tests.Neo4j;

/// <summary>Small graphs with hostile values shared by the projection and export tests.</summary>
internal static class TestGraphs
{
    public const string Schema = "http://schema.org/";
    public static readonly Iri G1 = Iri.Unchecked("http://example.org/graph/article/1");
    public static readonly Iri G2 = Iri.Unchecked("http://example.org/graph/article/2");
    public static readonly Iri Person = Iri.Unchecked("http://example.org/id/person/1");
    public static readonly Iri Quote = Iri.Unchecked("http://example.org/id/quote/1");

    public static readonly string[] HostileStrings =
    [
        "say \"hi\", then ''leave''",
        "line1\nline2\r\nline3",
        "back\\slash \\\" \\n not a newline",
        "}\"\"\" ; MATCH (n) DETACH DELETE n; //",
        "emoji 😀 and 𝄞 beyond the BMP",
        "tab\tand bell\u0007 and unit sep-free",
        "`backtick` and $param and {map: 1}",
        "",
    ];

    public static List<Quad> Build()
    {
        var p = (string local) => Iri.Unchecked(Schema + local);
        var quads = new List<Quad>
        {
            new(Person, RdfVocabulary.Type, p("Person"), G1),
            new(Person, p("name"), Literal.LanguageTagged("Olena Kovalenko-Šimić", "uk"), G1),
            new(Person, p("alternateName"), Literal.Create("O. K."), G1),
            new(Person, p("alternateName"), Literal.Create("Olena"), G2),
            new(Quote, RdfVocabulary.Type, p("Quotation"), G1),
            new(Quote, p("spokenByCharacter"), Person, G1),
            new(Quote, Iri.Unchecked("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"), Literal.Typed("12", Xsd.NonNegativeInteger), G1),
            new(Quote, Iri.Unchecked("https://w3id.org/knowledgegraph/ontology#confidence"), Literal.Typed("0.85", Xsd.Decimal), G1),
            new(Quote, p("dateCreated"), Literal.Typed("2024-05-01", Xsd.Date), G1),
            new(Quote, p("isPartOf"), Iri.Unchecked("http://example.org/id/article/1"), G1),
            new(Iri.Unchecked("http://example.org/id/quote/2"), p("isPartOf"), Iri.Unchecked("http://example.org/id/article/1"), G2),
            new(new BlankNode("ev"), p("about"), Quote, G1),
        };
        foreach (var s in HostileStrings)
        {
            quads.Add(new Quad(Quote, p("text"), Literal.Create(s), G1));
        }

        return quads;
    }
}
