using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Tests.Differential;

/// <summary>
/// A small seeded dataset full of awkward terms: language tags in mixed case, numerics in non-canonical lexical
/// forms, xsd:string next to language-tagged twins, non-BMP characters, empty strings, blank nodes, several named graphs.
/// </summary>
internal static partial class DifferentialDataset
{
    public const string Ns = "http://example.org/diff/";

    public static readonly string[] Predicates = ["p0", "p1", "p2", "p3", "knows", "type"];

    public static readonly string[] Classes = ["C0", "C1", "C2"];

    public static readonly string[] Graphs = ["g0", "g1", "g2"];

    public const int Subjects = 16;

    public const int BlankNodes = 4;

    /// <summary>Literal constants in SPARQL syntax, also usable in queries.</summary>
    public static readonly string[] LiteralTexts =
    [
        "\"\"", "\"abc\"", "\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>", "\"abc\"@en", "\"ABC\"@en-GB", "\"abc\"@fr",
        "\"Abc def\"", "\"été\"@fr", "\"Straße\"@de", "\"\U0001F600x\"", "\"a\\tb\\nc\"", "\"10\"", "\"b\"", "\"a\"",
        "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"01\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "\"+2\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"-5\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "\"10\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"1.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
        "\"2.50\"^^<http://www.w3.org/2001/XMLSchema#decimal>", "\"1e0\"^^<http://www.w3.org/2001/XMLSchema#double>",
        "\"1.5E1\"^^<http://www.w3.org/2001/XMLSchema#double>", "\"3\"^^<http://www.w3.org/2001/XMLSchema#int>",
        "\"7\"^^<http://www.w3.org/2001/XMLSchema#float>", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
        "\"0\"^^<http://www.w3.org/2001/XMLSchema#boolean>", "\"2020-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>",
        "\"2020-01-01T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>", "\"abc\"^^<http://example.org/diff/custom>",
        "\"中文\"@zh-Hans", "\"\\u00A0 x \"",
    ];

    public static Iri I(string local) => Iri.Parse(Ns + local);

    public static Iri Subject(int i) => I("s" + i.ToString(CultureInfo.InvariantCulture));

    public static List<Quad> Generate(int seed)
    {
        var random = new Random(seed);
        var literals = LiteralTexts.Select(ParseLiteral).ToArray();
        var quads = new HashSet<Quad>();
        Term[] graphs = [DefaultGraph.Instance, .. Graphs.Select(I)];
        Term Node() => random.Next(6) == 0
            ? new BlankNode("b" + random.Next(BlankNodes).ToString(CultureInfo.InvariantCulture))
            : Subject(random.Next(Subjects));
        Term Graph() => random.Next(3) == 0 ? graphs[1 + random.Next(graphs.Length - 1)] : DefaultGraph.Instance;

        for (int i = 0; i < Subjects; i++)
        {
            quads.Add(new Quad(Subject(i), RdfVocabulary.Type, I(Classes[random.Next(Classes.Length)]), Graph()));
        }

        for (int i = 0; i < 260; i++)
        {
            var s = Node();
            var g = Graph();
            switch (random.Next(4))
            {
                case 0:
                    quads.Add(new Quad(s, I("knows"), Node(), g));
                    break;
                case 1:
                    quads.Add(new Quad(s, I(Predicates[random.Next(4)]), Node(), g));
                    break;
                default:
                    quads.Add(new Quad(s, I(Predicates[random.Next(4)]), literals[random.Next(literals.Length)], g));
                    break;
            }
        }

        return [.. quads];
    }

    /// <summary>
    /// The same data as a store that keeps only canonical lexical forms and lower-case language tags would hold it,
    /// which is what Oxigraph does on load.
    /// </summary>
    public static List<Quad> Canonical(IEnumerable<Quad> quads) =>
        [.. quads.Select(q => new Quad(q.Subject, q.Predicate, CanonicalTerm(q.Obj), q.Graph)).Distinct()];

    private static Term CanonicalTerm(Term t)
    {
        if (t is not Literal l)
        {
            return t;
        }

        if (l.Language is { } lang)
        {
            return Literal.LanguageTagged(l.Value, lang.ToLowerInvariant());
        }

        var dt = l.Datatype.Value;
        var inv = CultureInfo.InvariantCulture;
        if ((dt == Xsd.Integer.Value || dt == Xsd.Int.Value) && long.TryParse(l.Value, NumberStyles.AllowLeadingSign, inv, out long n))
        {
            // Oxigraph keeps xsd:int values as xsd:integer.
            return Literal.Typed(n.ToString(inv), Xsd.Integer);
        }

        if (dt == Xsd.Decimal.Value && decimal.TryParse(l.Value, NumberStyles.Number, inv, out decimal d))
        {
            return Literal.Typed((d / 1.0000000000000000000000000000m).ToString(inv), Xsd.Decimal);
        }

        if (dt == Xsd.Double.Value && double.TryParse(l.Value, NumberStyles.Float, inv, out double x))
        {
            // Oxigraph writes doubles in their shortest round-trip form without exponent ("15", not "1.5E1").
            return Literal.Typed(x.ToString("R", inv), Xsd.Double);
        }

        if (dt == Xsd.Boolean.Value)
        {
            return Literal.Boolean(l.Value is "true" or "1");
        }

        return t;
    }

    /// <summary>The query with each literal constant replaced by its canonical form, as Oxigraph reads it.</summary>
    public static string CanonicalQuery(string query) => LiteralToken().Replace(query, m => CanonicalTerm(ParseLiteral(m.Value)).ToString());

    [System.Text.RegularExpressions.GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"(?:@[A-Za-z0-9-]+|\\^\\^<[^>]*>)?")]
    private static partial System.Text.RegularExpressions.Regex LiteralToken();

    private static Literal ParseLiteral(string text)
    {
        int close = text.LastIndexOf('"');
        string lexical = System.Text.RegularExpressions.Regex.Unescape(text[1..close]);
        string rest = text[(close + 1)..];
        if (rest.StartsWith('@'))
        {
            return Literal.LanguageTagged(lexical, rest[1..]);
        }

        return rest.StartsWith("^^", StringComparison.Ordinal) ? Literal.Typed(lexical, Iri.Parse(rest[3..^1])) : Literal.Create(lexical);
    }
}
