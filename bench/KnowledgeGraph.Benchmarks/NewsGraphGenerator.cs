using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A deterministic synthetic news knowledge graph: a place hierarchy, people, organisations, role holdings,
/// articles, quotations with long and awkward literals and provenance blank nodes, and control claims (some also
/// reified with rdf:Statement). Sizes scale with the requested triple count.
/// </summary>
internal sealed class NewsGraphGenerator(int seed)
{
    private const string Kg = "http://example.org/newskg/";
    private static readonly string[] Languages = ["en", "de", "fr", "uk", "ru", "ar", "zh", "el", "pl", "es"];
    private static readonly string[] Words =
    [
        "government", "minister", "talks", "ceasefire", "election", "parliament", "border", "economy", "inflation", "protest",
        "agreement", "sanctions", "troops", "city", "council", "report", "court", "energy", "grain", "port", "summit", "budget",
    ];

    private static readonly string[] Awkward =
    [
        "\"We will not back down,\" she said.", "C:\\temp\\file", "line one\nline two", "tab\tseparated", "😀 🎉", "مرحبا بالعالم",
        "Zürich–Genève", "naïve café", "e\u0301", "«guillemets»", "日本語のテキスト", "'single' quotes",
    ];

    private readonly Random _random = new(seed);
    private readonly List<Iri> _places = [];
    private readonly List<Iri> _countries = [];
    private readonly List<Iri> _persons = [];
    private readonly List<Iri> _orgs = [];
    private readonly List<Iri> _articles = [];
    private long _written;
    private long _budget;
    private NewsGraphSink _sink = null!;

    private static Iri I(string local) => Iri.Unchecked(Kg + local);

    private static Iri Ont(string local) => Iri.Unchecked(Kg + "ontology/" + local);

    private static Iri Schema(string local) => Iri.Unchecked("http://schema.org/" + local);

    private static Iri Prov(string local) => Iri.Unchecked("http://www.w3.org/ns/prov#" + local);

    private static readonly Iri SameAs = Iri.Unchecked("http://www.w3.org/2002/07/owl#sameAs");

    private static Literal Int(long n) => Literal.Typed(n.ToString(CultureInfo.InvariantCulture), Xsd.Integer);

    private static Literal Dec(double d) => Literal.Typed(d.ToString("0.0###", CultureInfo.InvariantCulture), Xsd.Decimal);

    public long Generate(NewsGraphSink sink, long triples)
    {
        _sink = sink;
        _budget = triples;
        int countries = (int)Math.Clamp(triples / 40_000, 3, 40);
        int persons = (int)Math.Max(20, triples / 150);
        int orgs = (int)Math.Max(10, triples / 800);

        for (int c = 1; c <= countries && !Full; c++)
        {
            var country = I("place/" + _places.Count.ToString(CultureInfo.InvariantCulture));
            Place(country, "Country", null, $"Country {c}");
            _countries.Add(country);
            for (int r = 1; r <= 4 && !Full; r++)
            {
                var region = NextPlace();
                Place(region, "AdministrativeArea", country, $"Region {c}-{r}");
                for (int t = 1; t <= 6 && !Full; t++)
                {
                    var city = NextPlace();
                    Place(city, "City", region, $"City {c}-{r}-{t}");
                    for (int d = 1; d <= 3 && !Full; d++)
                    {
                        Place(NextPlace(), "Place", city, $"District {c}-{r}-{t}-{d}");
                    }
                }
            }
        }

        for (int i = 1; i <= orgs && !Full; i++)
        {
            Organisation(i);
        }

        for (int i = 1; i <= persons && !Full; i++)
        {
            Person(i);
        }

        int n = 0;
        while (!Full)
        {
            n++;
            Article(n);
            for (int q = 0; q < 3 && !Full; q++)
            {
                Quotation(n, q);
            }

            if (n % 4 == 0 && !Full)
            {
                Claim(n);
            }
        }

        return _written;
    }

    private bool Full => _written >= _budget;

    private Iri NextPlace()
    {
        var iri = I("place/" + _places.Count.ToString(CultureInfo.InvariantCulture));
        return iri;
    }

    private void Emit(Iri subject, List<(Iri, Node)> properties)
    {
        long room = _budget - _written;
        while (properties.Count > 0 && properties.Sum(p => 1 + p.Item2.TripleCount) > room)
        {
            properties.RemoveAt(properties.Count - 1);
        }

        if (properties.Count == 0)
        {
            _written = _budget;
            return;
        }

        _written += properties.Sum(p => 1 + p.Item2.TripleCount);
        _sink.Describe(subject, properties);
    }

    private void Place(Iri iri, string type, Iri? parent, string name)
    {
        _places.Add(iri);
        var props = new List<(Iri, Node)> { (RdfVocabulary.Type, Schema(type)), (Rdfs.Label, Literal.LanguageTagged(name, "en")) };
        props.Add((Rdfs.Label, Literal.LanguageTagged(name + " " + Pick(Awkward), Pick(Languages))));
        if (parent is not null)
        {
            props.Add((Schema("containedInPlace"), parent));
        }

        props.Add((Schema("latitude"), Dec(_random.NextDouble() * 180 - 90)));
        props.Add((Schema("longitude"), Dec(_random.NextDouble() * 360 - 180)));
        props.Add((SameAs, Iri.Unchecked("http://www.wikidata.org/entity/Q" + _random.Next(1, 9_999_999).ToString(CultureInfo.InvariantCulture))));
        Emit(iri, props);
    }

    private void Organisation(int i)
    {
        var iri = I("org/" + i.ToString(CultureInfo.InvariantCulture));
        _orgs.Add(iri);
        string[] kinds = ["PoliticalParty", "GovernmentOrganization", "NewsMediaOrganization", "ArmedGroup"];
        var kind = kinds[i % kinds.Length];
        Emit(iri,
        [
            (RdfVocabulary.Type, kind == "ArmedGroup" || kind == "PoliticalParty" ? Ont(kind) : Schema(kind)),
            (Schema("name"), Literal.Create($"{Pick(Words)} {kind} {i}")),
            (Rdfs.Label, Literal.LanguageTagged($"Organisation {i}", Pick(Languages))),
            (Schema("foundingDate"), Literal.Typed((1900 + _random.Next(120)).ToString(CultureInfo.InvariantCulture), Xsd.GYear)),
            (Schema("location"), Pick(_places)),
        ]);
    }

    private void Person(int i)
    {
        var iri = I("person/" + i.ToString(CultureInfo.InvariantCulture));
        _persons.Add(iri);
        var props = new List<(Iri, Node)>
        {
            (RdfVocabulary.Type, Schema("Person")),
            (Schema("name"), Literal.Create($"Person {i} {Pick(Words)}")),
            (Rdfs.Label, Literal.LanguageTagged($"Персона {i}", "uk")),
            (Schema("birthDate"), Literal.Typed($"{1940 + _random.Next(60)}-{_random.Next(1, 13):00}-{_random.Next(1, 29):00}", Xsd.Date)),
            (Schema("nationality"), Pick(_countries)),
            (SameAs, Iri.Unchecked("http://www.wikidata.org/entity/Q" + (100000 + i).ToString(CultureInfo.InvariantCulture))),
        };
        if (i % 3 == 0)
        {
            var role = new List<(Iri, Node)>
            {
                (RdfVocabulary.Type, Ont("RoleHolding")),
                (Ont("organization"), Pick(_orgs)),
                (Ont("title"), Literal.LanguageTagged("Minister of " + Pick(Words), "en")),
                (Schema("startDate"), Literal.Typed($"{2000 + _random.Next(24)}-01-01", Xsd.Date)),
            };
            if (i % 2 == 0)
            {
                role.Add((Schema("endDate"), Literal.Typed($"{2024 + _random.Next(2)}-06-30", Xsd.Date)));
            }

            props.Add((Ont("holdsRole"), Node.Anonymous(role)));
        }

        Emit(iri, props);
    }

    private void Article(int n)
    {
        var iri = I("article/" + n.ToString(CultureInfo.InvariantCulture));
        _articles.Add(iri);
        string tz = (n % 3) switch { 0 => "Z", 1 => "+02:00", _ => ".250-05:00" };
        var props = new List<(Iri, Node)>
        {
            (RdfVocabulary.Type, Schema("NewsArticle")),
            (Schema("headline"), Literal.LanguageTagged($"{Pick(Words)} {Pick(Words)} after {Pick(Words)} in city {n % 97}", "en")),
            (Schema("datePublished"), Literal.Typed($"2024-{1 + (n % 12):00}-{1 + (n % 28):00}T{n % 24:00}:{n % 60:00}:00{tz}", Xsd.DateTime)),
            (Schema("publisher"), Pick(_orgs)),
            (Schema("wordCount"), Int(300 + _random.Next(2000))),
            (Schema("isAccessibleForFree"), Literal.Boolean(n % 2 == 0)),
        };
        for (int m = 0; m < 4; m++)
        {
            props.Add((Schema("mentions"), m % 2 == 0 ? Zipf(_persons) : Pick(_places)));
        }

        Emit(iri, props);
    }

    private void Quotation(int article, int q)
    {
        var iri = I($"quote/{article}-{q}");
        var text = new StringBuilder();
        int sentences = article % 500 == 0 && q == 0 ? 400 : 1 + _random.Next(4);
        for (int s = 0; s < sentences; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"The {Pick(Words)} said \"{Pick(Words)} {Pick(Words)}\" — {Pick(Awkward)}. ");
        }

        int start = _random.Next(10_000);
        Emit(iri,
        [
            (RdfVocabulary.Type, Schema("Quotation")),
            (Schema("text"), _random.Next(3) == 0 ? Literal.LanguageTagged(text.ToString(), "en") : Literal.Create(text.ToString())),
            (Schema("spokenByCharacter"), Zipf(_persons)),
            (Schema("isPartOf"), I("article/" + article.ToString(CultureInfo.InvariantCulture))),
            (Prov("wasDerivedFrom"), Node.Anonymous(
            [
                (Ont("charStart"), Int(start)),
                (Ont("charEnd"), Int(start + text.Length)),
                (Prov("wasGeneratedBy"), Ont("extractor-v1")),
                (Ont("confidence"), Dec(0.5 + _random.NextDouble() / 2)),
            ])),
        ]);
    }

    private void Claim(int n)
    {
        var org = Pick(_orgs);
        var place = Pick(_places);
        var claim = I("claim/" + n.ToString(CultureInfo.InvariantCulture));
        Emit(claim,
        [
            (RdfVocabulary.Type, Ont("ControlClaim")),
            (Ont("controller"), org),
            (Ont("controlledPlace"), place),
            (Ont("asOf"), Literal.Typed($"2024-{1 + (n % 12):00}-15", Xsd.Date)),
            (Prov("wasDerivedFrom"), Pick(_articles)),
        ]);
        Emit(org, [(Ont("controls"), place)]);
        if (n % 20 == 0)
        {
            Emit(I("claim/" + n.ToString(CultureInfo.InvariantCulture) + "-statement"),
            [
                (RdfVocabulary.Type, RdfVocabulary.Statement),
                (RdfVocabulary.Subject, org),
                (RdfVocabulary.Predicate, Ont("controls")),
                (RdfVocabulary.Object, place),
            ]);
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A skewed pick: low indexes (the "famous" entities) are chosen far more often.</summary>
    private Iri Zipf(List<Iri> items)
    {
        double u = _random.NextDouble();
        int index = (int)(items.Count * Math.Pow(u, 3));
        return items[Math.Min(index, items.Count - 1)];
    }
}
