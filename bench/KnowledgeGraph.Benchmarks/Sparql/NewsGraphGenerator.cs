using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Benchmarks.Sparql;

/// <summary>
/// A deterministic news-like graph with the shape of the shared store benchmark (people, articles, quotations with
/// long texts, roles, a place hierarchy), generated in memory so the SPARQL benchmarks need no data files.
/// </summary>
public static class NewsGraphGenerator
{
    public const string Schema = "http://schema.org/";
    public const string Ont = "http://example.org/newskg/ontology/";
    public const string Person = "http://example.org/newskg/person/";
    public const string Place = "http://example.org/newskg/place/";
    public const string Article = "http://example.org/newskg/article/";
    public const string Quote = "http://example.org/newskg/quote/";
    public const string Role = "http://example.org/newskg/role/";

    private static readonly string[] Words =
    [
        "government", "minister", "talks", "ceasefire", "agreement", "economy", "election", "parliament", "border",
        "prisoner", "exchange", "sanctions", "energy", "harvest", "court", "ruling", "protest", "summit", "trade", "reform",
    ];

    public static List<Quad> Generate(int people, CancellationToken cancellationToken = default)
    {
        var random = new Random(42);
        var quads = new List<Quad>();
        Iri I(string ns, int n) => Iri.Unchecked(ns + n.ToString(CultureInfo.InvariantCulture));
        Iri P(string ns, string local) => Iri.Unchecked(ns + local);
        void Add(Term s, Iri p, Term o) => quads.Add(new Quad(s, p, o));
        var type = RdfVocabulary.Type;
        var label = Rdfs.Label;
        int articles = people * 2;
        int quotes = people * 6;
        int places = Math.Max(10, people / 2);
        for (int i = 1; i <= people; i++)
        {
            Add(I(Person, i), type, P(Schema, "Person"));
            string name = i == 42 ? "Olena Kovalenko-Šimić" : "Person " + i.ToString(CultureInfo.InvariantCulture);
            Add(I(Person, i), label, Literal.LanguageTagged(name, "en"));
            if (i % 3 == 0)
            {
                Add(I(Person, i), label, Literal.LanguageTagged(name, "uk"));
            }
        }

        for (int a = 1; a <= articles; a++)
        {
            Add(I(Article, a), type, P(Schema, "NewsArticle"));
            Add(I(Article, a), P(Schema, "headline"), Literal.Create("Headline " + a.ToString(CultureInfo.InvariantCulture)));
            Add(I(Article, a), P(Schema, "datePublished"), Literal.Typed($"2024-{1 + (a % 12):00}-{1 + (a % 28):00}", Xsd.Date));
        }

        for (int q = 1; q <= quotes; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = I(Quote, q);
            Add(quote, type, P(Schema, "Quotation"));
            int speaker = q % 50 == 0 ? 42 : 1 + random.Next(people);
            Add(quote, P(Ont, "speaker"), I(Person, speaker));
            Add(quote, P(Ont, "inArticle"), I(Article, 1 + random.Next(articles)));
            var text = string.Join(" ", Enumerable.Range(0, 40).Select(_ => Words[random.Next(Words.Length)]));
            Add(quote, P(Schema, "text"), Literal.Create(text));
        }

        for (int r = 1; r <= people / 2; r++)
        {
            var role = I(Role, r);
            Add(role, P(Ont, "holder"), I(Person, 1 + random.Next(people)));
            Add(role, P(Ont, "roleTitle"), Literal.LanguageTagged("Minister " + r.ToString(CultureInfo.InvariantCulture), "en"));
            if (r % 2 == 0)
            {
                Add(role, P(Ont, "endDate"), Literal.Typed("2023-12-31", Xsd.Date));
            }
        }

        for (int p = 1; p <= places; p++)
        {
            Add(I(Place, p), type, P(Schema, "Place"));
            Add(I(Place, p), label, Literal.LanguageTagged("Place " + p.ToString(CultureInfo.InvariantCulture), "en"));
            if (p > 1)
            {
                // A tree: each place lies in an earlier one, so everything is transitively inside place 1.
                Add(I(Place, p), P(Schema, "containedInPlace"), I(Place, 1 + random.Next(p - 1)));
            }
        }

        return quads;
    }
}
