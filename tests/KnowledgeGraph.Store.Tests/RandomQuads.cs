using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Random terms and quads with the awkward cases: long and short values, odd characters, language tags
/// in mixed case, canonical and non-canonical integers, blank nodes, triple terms, named and default graphs.</summary>
internal sealed class RandomQuads(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Strings =
    [
        "", "a", "é", "日本語", "tab\there", "line\nbreak", "quote\"s", "back\\slash", "zero\u0000byte",
        "exactly-16-bytes", "seventeen-bytes!!", "😀 emoji", "a much longer string that goes well past sixteen bytes",
        "  spaces  ", "ünïcödé-lönger-than-sixteen",
    ];

    public Term Iri()
    {
        int n = _random.Next(12);
        return n switch
        {
            0 => Rdf.Iri.Unchecked("http://x/" + _random.Next(3)),
            1 => Rdf.Iri.Unchecked("urn:a:" + _random.Next(3)),
            _ => Rdf.Iri.Unchecked("http://example.org/news/entity/" + _random.Next(8)),
        };
    }

    public Term Subject() => _random.Next(4) == 0 ? new BlankNode("b" + _random.Next(4) + (_random.Next(2) == 0 ? "" : "-with-a-long-label")) : Iri();

    public Term Predicate() => Rdf.Iri.Unchecked("http://example.org/p/" + _random.Next(5));

    public Term Object() => _random.Next(10) switch
    {
        0 or 1 => Iri(),
        2 => Subject(),
        3 => Literal.Create(Strings[_random.Next(Strings.Length)]),
        4 => Literal.LanguageTagged(Strings[_random.Next(4)], _random.Next(2) == 0 ? "en" : "EN"),
        5 => Literal.Typed(_random.Next(2) == 0 ? "042" : (_random.Next(-3, 3) * 1000000000000L).ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer),
        6 => Literal.Integer(_random.Next(-2, 3)),
        7 => Literal.Typed("2024-01-0" + (_random.Next(3) + 1), Xsd.Date),
        8 => Literal.LanguageTagged("hello", "ar", "rtl"),
        _ => new TripleTerm(new Triple(Subject(), Predicate(), Literal.Create(Strings[_random.Next(Strings.Length)]))),
    };

    public Term Graph() => _random.Next(3) switch
    {
        0 => DefaultGraph.Instance,
        1 => new BlankNode("g" + _random.Next(2)),
        _ => Rdf.Iri.Unchecked("http://example.org/graph/" + _random.Next(4)),
    };

    public Quad Quad() => new(Subject(), Predicate(), Object(), Graph());

    public List<Quad> Quads(int count) => Enumerable.Range(0, count).Select(_ => Quad()).ToList();

    public int Next(int max) => _random.Next(max);

    /// <summary>A pattern made from a quad of the data (so it matches something) with some positions unbound.</summary>
    public (Term? S, Term? P, Term? O, Term? G) Pattern(IReadOnlyList<Quad> data)
    {
        var q = data.Count > 0 && _random.Next(5) > 0 ? data[_random.Next(data.Count)] : Quad();
        return (
            _random.Next(2) == 0 ? null : q.Subject,
            _random.Next(2) == 0 ? null : q.Predicate,
            _random.Next(2) == 0 ? null : q.Obj,
            _random.Next(3) switch { 0 => null, 1 => q.Graph, _ => DefaultGraph.Instance });
    }
}
