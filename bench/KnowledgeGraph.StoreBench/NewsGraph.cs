using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.StoreBench;

/// <summary>A deterministic news-like graph: articles, people, organisations, mentions, quotations.</summary>
internal static class NewsGraph
{
    private const string Ns = "http://example.org/news/";
    private static readonly Iri Type = RdfVocabulary.Type;
    private static readonly Iri ArticleClass = Iri.Unchecked(Ns + "ontology/Article");
    private static readonly Iri Person = Iri.Unchecked(Ns + "ontology/Person");
    private static readonly Iri Organization = Iri.Unchecked(Ns + "ontology/Organization");
    private static readonly Iri Quotation = Iri.Unchecked(Ns + "ontology/Quotation");
    private static readonly Iri Headline = Iri.Unchecked(Ns + "ontology/headline");
    private static readonly Iri Published = Iri.Unchecked(Ns + "ontology/datePublished");
    private static readonly Iri Mentions = Iri.Unchecked(Ns + "ontology/mentions");
    private static readonly Iri Name = Iri.Unchecked(Ns + "ontology/name");
    private static readonly Iri Said = Iri.Unchecked(Ns + "ontology/said");
    private static readonly Iri Text = Iri.Unchecked(Ns + "ontology/text");
    private static readonly Iri Source = Iri.Unchecked(Ns + "ontology/source");
    private static readonly Iri WordCount = Iri.Unchecked(Ns + "ontology/wordCount");
    private static readonly Iri Controls = Iri.Unchecked(Ns + "ontology/controls");
    private static readonly Iri RoleAt = Iri.Unchecked(Ns + "ontology/roleAt");

    /// <summary>About <paramref name="count"/> triples in the default graph.</summary>
    public static IEnumerable<Quad> Triples(long count)
    {
        var random = new Random(42);
        long emitted = 0;
        for (long a = 0; emitted < count; a++)
        {
            foreach (var t in ArticleTriples(a, random))
            {
                yield return new Quad(t.Subject, t.Predicate, t.Obj);
                if (++emitted >= count)
                {
                    yield break;
                }
            }
        }
    }

    private static IEnumerable<Triple> ArticleTriples(long a, Random random)
    {
        var article = Iri.Unchecked(Ns + "article/" + a.ToString(CultureInfo.InvariantCulture));
        yield return new Triple(article, Type, ArticleClass);
        yield return new Triple(article, Headline, Literal.LanguageTagged($"Headline number {a}: markets react to news of the day", "en"));
        yield return new Triple(article, Published, Literal.Typed($"2024-{1 + (a % 12):00}-{1 + (a % 28):00}T08:00:00Z", Xsd.DateTime));
        yield return new Triple(article, WordCount, Literal.Integer(300 + (a % 900)));
        yield return new Triple(article, Source, Iri.Unchecked("https://news.example.com/" + (a % 50)));
        for (int m = 0; m < 5; m++)
        {
            long e = (long)(Math.Pow(random.NextDouble(), 2) * 50_000);
            var entity = Iri.Unchecked(Ns + "entity/" + e.ToString(CultureInfo.InvariantCulture));
            yield return new Triple(article, Mentions, entity);
            yield return new Triple(entity, Type, e % 3 == 0 ? Organization : Person);
            yield return new Triple(entity, Name, Literal.Create("Entity " + e.ToString(CultureInfo.InvariantCulture)));
            if (m == 0)
            {
                var quote = Iri.Unchecked(article.Value + "/quote/" + m);
                yield return new Triple(quote, Type, Quotation);
                yield return new Triple(quote, Said, entity);
                yield return new Triple(quote, Text, Literal.Create($"We expect growth of {random.Next(1, 9)} percent in quarter {a % 4 + 1}, said entity {e}."));
            }

            if (m == 1)
            {
                var other = Iri.Unchecked(Ns + "entity/" + ((e * 7) % 50_000).ToString(CultureInfo.InvariantCulture));
                yield return new Triple(entity, e % 2 == 0 ? Controls : RoleAt, other);
            }
        }
    }
}
