using System.Globalization;

namespace KnowledgeGraph.Sparql.Tests.Differential;

/// <summary>One generated query; <see cref="Ordered"/> when its ORDER BY fixes the row order completely.</summary>
internal sealed record DifferentialQuery(string Text, bool Ordered);

/// <summary>
/// Generates random queries over <see cref="DifferentialDataset"/> from templates that cover the algebra: BGPs, GRAPH,
/// OPTIONAL, FILTER, BIND, UNION, MINUS, VALUES, aggregates, property paths, sub-queries, EXISTS, ORDER BY with LIMIT.
/// Templates avoid constructs whose answer the spec leaves open (LIMIT without a total order, SAMPLE, GROUP_CONCAT
/// order, MIN/MAX across incomparable types), so any difference is a real one.
/// </summary>
internal sealed class DifferentialQueries(int seed)
{
    private const string Prologue = "PREFIX ex: <http://example.org/diff/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    private static readonly string[] Functions =
    [
        "isLiteral({0})", "isIRI({0})", "isBlank({0})", "isNumeric({0})", "BOUND({0})", "LANG({0})", "DATATYPE({0})",
        "STR({0})", "STRLEN({0})", "UCASE({0})", "LCASE({0})", "SUBSTR({0}, 2)", "SUBSTR({0}, 1, 2)",
        "CONTAINS({0}, \"b\")", "STRSTARTS({0}, \"a\")", "STRENDS({0}, \"c\")", "REGEX({0}, \"^a\", \"i\")",
        "REGEX(STR({0}), \"b\")", "LANGMATCHES(LANG({0}), \"en\")", "LANGMATCHES(LANG({0}), \"*\")", "({0} + 1)",
        "({0} * 2)", "({0} / 2)", "(-{0})", "ABS({0})", "ROUND({0})", "CEIL({0})", "FLOOR({0})", "({0} = {L})",
        "({0} != {L})", "({0} < {L})", "({0} >= {L})", "sameTerm({0}, {L})", "({0} IN ({L}, {L}))", "({0} NOT IN ({L}))",
        "CONCAT({0}, \"-\")", "CONCAT({0}, {0})", "STRBEFORE({0}, \"b\")", "STRAFTER({0}, \"b\")", "ENCODE_FOR_URI({0})",
        "REPLACE({0}, \"b\", \"B\")", "COALESCE({0}, \"none\")", "IF(isNumeric({0}), {0} + 1, \"n\")",
        "STRDT(STR({0}), xsd:string)", "STRLANG(STR({0}), \"en\")", "xsd:integer({0})", "xsd:double({0})",
        "xsd:string({0})", "xsd:boolean({0})", "xsd:decimal({0})", "MD5(STR({0}))", "YEAR({0})",
        "(isLiteral({0}) && LANG({0}) = \"\")", "(!isIRI({0}) || STRLEN(STR({0})) > 3)", "({0} = {0})", "({0} > 1)",
        "STRLEN(STR({0})) + {0}", "({0} && true)", "(!{0})", "({0} < \"b\")", "({0} = \"abc\")", "({0} = \"abc\"@en)",
    ];

    private static readonly string[] Paths =
    [
        "ex:knows*", "ex:knows+", "ex:knows?", "^ex:knows", "ex:knows/ex:knows", "(ex:knows|ex:p0)+", "!(ex:p0|ex:knows)",
        "!^ex:knows", "!(rdf:type|^ex:knows)", "ex:knows/^ex:knows", "(ex:knows/ex:p1)*", "ex:p1/ex:knows*", "(^ex:knows)+",
        "ex:knows*/ex:p2", "(ex:knows|^ex:knows)*", "!rdf:type", "ex:p0?",
    ];

    private readonly Random _random = new(seed);

    public List<DifferentialQuery> Generate(int count)
    {
        var list = new List<DifferentialQuery>(count);
        for (int i = 0; i < count; i++)
        {
            var (text, ordered) = Template(i % 16);
            list.Add(new DifferentialQuery(Prologue + text, ordered));
        }

        return list;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string P() => "ex:" + Pick(DifferentialDataset.Predicates[..5]);

    private string Node() => "ex:s" + _random.Next(DifferentialDataset.Subjects).ToString(CultureInfo.InvariantCulture);

    private string Lit() => Pick(DifferentialDataset.LiteralTexts);

    private string Graph() => "ex:" + Pick(DifferentialDataset.Graphs);

    private string Expr(string v)
    {
        string f = Pick(Functions).Replace("{0}", v, StringComparison.Ordinal);
        while (f.Contains("{L}", StringComparison.Ordinal))
        {
            int at = f.IndexOf("{L}", StringComparison.Ordinal);
            f = f[..at] + Lit() + f[(at + 3)..];
        }

        return f;
    }

    private string Distinct() => _random.Next(4) == 0 ? "DISTINCT " : "";

    private (string Text, bool Ordered) Template(int kind) => kind switch
    {
        0 => ($"SELECT {Distinct()}* WHERE {{ ?s {P()} ?o . ?o {P()} ?x }}", false),
        1 => _random.Next(2) == 0
            ? ($"SELECT ?p ?o WHERE {{ {Node()} ?p ?o }}", false)
            : ($"SELECT ?s ?p WHERE {{ ?s ?p {Lit()} }}", false),
        2 => _random.Next(2) == 0
            ? ($"SELECT * WHERE {{ GRAPH ?g {{ ?s {P()} ?o }} }}", false)
            : ($"SELECT * WHERE {{ ?s {P()} ?o GRAPH {Graph()} {{ ?s ?p ?x }} }}", false),
        3 => ($"SELECT * WHERE {{ ?s {P()} ?o OPTIONAL {{ ?s {P()} ?x FILTER({Expr("?x")}) }} }}", false),
        4 => ($"SELECT {Distinct()}?s ?o WHERE {{ ?s {P()} ?o FILTER({Expr("?o")}) }}", false),
        5 => ($"SELECT ?o ?v WHERE {{ ?s {P()} ?o BIND({Expr("?o")} AS ?v) }}", false),
        6 => _random.Next(2) == 0
            ? ($"SELECT * WHERE {{ {{ ?s {P()} ?o }} UNION {{ ?s {P()} ?o }} }}", false)
            : ($"SELECT * WHERE {{ {{ ?s {P()} ?o }} UNION {{ GRAPH {Graph()} {{ ?s ?p ?x }} }} }}", false),
        7 => _random.Next(2) == 0
            ? ($"SELECT * WHERE {{ ?s {P()} ?o MINUS {{ ?s {P()} ?x }} }}", false)
            : ($"SELECT * WHERE {{ ?s {P()} ?o MINUS {{ ?o ?p {Lit()} }} }}", false),
        8 => ($"SELECT * WHERE {{ VALUES (?s ?o) {{ ({Node()} UNDEF) (UNDEF {Lit()}) ({Node()} {Lit()}) }} ?s {P()} ?o }}", false),
        9 => Aggregate(),
        10 => PathQuery(),
        11 => SubQuery(),
        12 => ($"SELECT ?s ?o WHERE {{ ?s {P()} ?o FILTER {(_random.Next(2) == 0 ? "NOT " : "")}EXISTS {{ ?o {P()} ?x FILTER({Expr("?x")}) }} }}", false),
        13 => OrderedQuery(),
        14 => ($"ASK {{ ?s {P()} {Lit()} }}", false),
        _ => Combination(),
    };

    private (string, bool) Aggregate()
    {
        string p = P();
        return _random.Next(6) switch
        {
            0 => ($"SELECT ?s (COUNT(*) AS ?c) (COUNT(DISTINCT ?o) AS ?d) WHERE {{ ?s {p} ?o }} GROUP BY ?s HAVING (COUNT(*) >= {_random.Next(1, 4)})", false),
            1 => ($"SELECT ?s (SUM(?o) AS ?sum) (AVG(?o) AS ?avg) (MIN(?o) AS ?min) (MAX(?o) AS ?max) WHERE {{ ?s {p} ?o FILTER(isNumeric(?o)) }} GROUP BY ?s", false),
            2 => ("SELECT ?p (COUNT(?o) AS ?c) WHERE { ?s ?p ?o } GROUP BY ?p", false),
            3 => ("SELECT ?g (COUNT(*) AS ?c) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", false),
            4 => ($"SELECT ?k (COUNT(*) AS ?c) (SUM(?o) AS ?sum) WHERE {{ ?s {p} ?o BIND({Expr("?o")} AS ?k) }} GROUP BY ?k", false),
            _ => ($"SELECT (COUNT(*) AS ?c) (SUM(?o) AS ?sum) (AVG(?o) AS ?avg) WHERE {{ ?s {p} ?o FILTER({Expr("?o")}) }}", false),
        };
    }

    private (string, bool) PathQuery()
    {
        string path = Pick(Paths);
        string s = _random.Next(3) == 0 ? Node() : "?s";
        string o = _random.Next(4) == 0 ? Node() : "?o";
        return _random.Next(4) == 0
            ? ($"SELECT * WHERE {{ GRAPH ?g {{ {s} {path} {o} }} }}", false)
            : ($"SELECT * WHERE {{ {s} {path} {o} }}", false);
    }

    private (string, bool) SubQuery() => _random.Next(3) switch
    {
        0 => ($"SELECT ?s ?c WHERE {{ ?s {P()} ?o {{ SELECT ?s (COUNT(*) AS ?c) WHERE {{ ?s {P()} ?x }} GROUP BY ?s }} }}", false),
        1 => ($"SELECT * WHERE {{ ?o {P()} ?x {{ SELECT DISTINCT ?o WHERE {{ ?s {P()} ?o }} }} }}", false),
        _ => ($"SELECT ?s ?o WHERE {{ {{ SELECT ?s WHERE {{ ?s {P()} ?y FILTER(isIRI(?s)) }} ORDER BY DESC(?s) LIMIT {_random.Next(1, 4)} }} ?s {P()} ?o }}", false),
    };

    private (string, bool) OrderedQuery()
    {
        string p = P();
        int limit = _random.Next(1, 8);
        int offset = _random.Next(0, 3);
        return _random.Next(3) switch
        {
            0 => ($"SELECT DISTINCT ?s ?o WHERE {{ ?s {p} ?o FILTER(isIRI(?s) && isIRI(?o)) }} ORDER BY ?s DESC(?o) LIMIT {limit} OFFSET {offset}", true),
            1 => ($"SELECT ?s (COUNT(*) AS ?c) WHERE {{ ?s ?p ?o FILTER(isIRI(?s)) }} GROUP BY ?s ORDER BY DESC(?c) ?s LIMIT {limit}", true),
            _ => ($"SELECT ?o WHERE {{ ?s {p} ?o }} ORDER BY ?o", false),
        };
    }

    private (string, bool) Combination() => _random.Next(4) switch
    {
        0 => ($"SELECT ?s ?o WHERE {{ ?s {P()} ?o OPTIONAL {{ ?o {P()} ?x }} FILTER(!BOUND(?x)) }}", false),
        1 => ($"SELECT * WHERE {{ ?s {P()} ?o OPTIONAL {{ ?s {P()} ?x OPTIONAL {{ ?x {P()} ?y }} }} }}", false),
        2 => ($"SELECT * WHERE {{ ?s {P()} ?o OPTIONAL {{ ?s {P()} ?x FILTER(?o = ?x || {Expr("?x")}) }} }}", false),
        _ => ($"SELECT ?s ?v WHERE {{ {{ ?s {P()} ?o BIND({Expr("?o")} AS ?v) }} UNION {{ ?s {P()} ?v }} }}", false),
    };
}
