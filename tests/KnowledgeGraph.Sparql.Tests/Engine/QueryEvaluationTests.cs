using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Engine;

public sealed class QueryEvaluationTests
{
    private const string Prefix = "PREFIX : <http://example.org/> ";
    private readonly SparqlEngine _engine = new();

    private List<Solution> Select(string query, IQuadSource? source = null)
    {
        using var result = (SolutionsResult)_engine.Query(source ?? TestData.People(), Prefix + query);
        return result.ToList();
    }

    private Term? Single(string query) => Select(query).Single()[0];

    [Fact]
    public void Basic_graph_pattern_joins_on_shared_variables()
    {
        var rows = Select("SELECT ?a ?c { ?a :knows ?b . ?b :knows ?c }");
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r["a"] == TestData.I("alice") && r["c"] == TestData.I("carol"));
    }

    [Fact]
    public void Optional_keeps_solutions_without_a_match()
    {
        var rows = Select("SELECT ?p ?n { ?p :age ?a OPTIONAL { ?p :name ?n } } ORDER BY ?p");
        Assert.Equal(3, rows.Count);
        Assert.Null(rows[2]["n"]);
    }

    [Fact]
    public void Minus_and_not_exists_remove_solutions()
    {
        Assert.Single(Select("SELECT ?p { ?p :age ?a MINUS { ?p :name ?n } }"));
        Assert.Single(Select("SELECT ?p { ?p :age ?a FILTER NOT EXISTS { ?p :name ?n } }"));
    }

    [Fact]
    public void Aggregates_group_and_count()
    {
        Assert.Equal(Literal.Integer(3), Single("SELECT (COUNT(*) AS ?n) { ?s :age ?a }"));
        Assert.Equal("32", ((Literal)Single("SELECT (AVG(?a) AS ?x) { ?s :age ?a }")!).Value);
        Assert.Equal(Literal.Integer(41), Single("SELECT (MAX(?a) AS ?x) { ?s :age ?a }"));
    }

    [Fact]
    public void Property_paths_follow_cycles_without_looping()
    {
        Assert.Equal(3, Select("SELECT ?x { :alice :knows+ ?x }").Count);
        Assert.Equal(3, Select("SELECT ?x { :alice :knows* ?x }").Count);
        Assert.Single(Select("SELECT ?x { :alice ^:knows ?x }"));
    }

    [Theory]
    [InlineData("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", 8)]
    [InlineData("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", 1)]
    [InlineData("SELECT (COUNT(?g) AS ?n) (COUNT(?o) AS ?m) { GRAPH ?g { ?s :name ?o } }", 1)]
    [InlineData("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s :age ?o } }", 0)]
    [InlineData("SELECT (COUNT(*) AS ?n) { GRAPH :g1 { ?s ?p ?o } }", 1)]
    [InlineData("SELECT (COUNT(*) AS ?n) FROM :g1 { ?s ?p ?o }", 1)]
    [InlineData("SELECT (COUNT(*) AS ?n) { :alice ?p ?o }", 3)]
    public void A_count_without_grouping_counts_the_matches_of_the_graphs_in_scope(string query, long expected)
    {
        var row = Assert.Single(Select(query));
        Assert.All(row.Variables, v => Assert.Equal(Literal.Integer(expected), row[v]));
    }

    [Fact]
    public void Counts_grouped_inside_graph_have_a_group_per_graph_or_term_with_matches()
    {
        var d = TestData.People();
        d.Add(new Quad(TestData.I("dave"), TestData.I("name"), Literal.Create("Dave"), TestData.I("g2")));
        d.Add(new Quad(TestData.I("dave"), TestData.I("age"), Literal.Integer(50), TestData.I("g2")));
        d.Add(new Quad(TestData.I("erin"), TestData.I("age"), Literal.Integer(20), TestData.I("g3")));

        var perGraph = Select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s :name ?o } } GROUP BY ?g", d);
        Assert.Equal(["g1 1", "g2 1"], perGraph.Select(r => ((Iri)r["g"]!).Value[TestData.Ns.Length..] + " " + ((Literal)r["n"]!).Value).Order(StringComparer.Ordinal));

        var perPredicate = Select("SELECT ?p (COUNT(?g) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p", d);
        Assert.Equal(["age 2", "name 2"], perPredicate.Select(r => ((Iri)r["p"]!).Value[TestData.Ns.Length..] + " " + ((Literal)r["n"]!).Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_filtered_union_joined_with_earlier_patterns_keeps_join_semantics()
    {
        // The filter reads only variables both branches bind, so the join may pass ?a into the union.
        var rows = Select("SELECT ?a ?n { ?a :age ?x . { { ?a :name ?n } UNION { ?a :knows ?n } FILTER(?a != :bob) } }");
        Assert.Equal(
            ["alice Alice", "alice bob", "carol alice"],
            rows.Select(r => ((Iri)r["a"]!).Value[TestData.Ns.Length..] + " " + (r["n"] is Iri i ? i.Value[TestData.Ns.Length..] : ((Literal)r["n"]!).Value)).Order(StringComparer.Ordinal));

        // ?x is not bound inside the group, so its filter fails there whatever the outer pattern binds.
        Assert.Empty(Select("SELECT ?a { ?a :age ?x . { { ?a :name ?n } UNION { ?a :knows ?k } FILTER(?x > 26) } }"));
    }

    [Fact]
    public void Graph_ranges_over_named_graphs_only()
    {
        var rows = Select("SELECT ?g ?n { GRAPH ?g { ?s :name ?n } }");
        Assert.Equal(TestData.I("g1"), Assert.Single(rows)["g"]);
    }

    [Theory]
    [InlineData("STRLEN(\"a\U0001F600b\")", "3")]
    [InlineData("SUBSTR(\"a\U0001F600bc\", 2, 2)", "\U0001F600b")]
    [InlineData("UCASE(\"abc\")", "ABC")]
    [InlineData("STRBEFORE(\"abc\", \"c\")", "ab")]
    [InlineData("REPLACE(\"banana\", \"a(n)\", \"[$1]\")", "b[n][n]a")]
    [InlineData("ENCODE_FOR_URI(\"a b/c\")", "a%20b%2Fc")]
    [InlineData("CONCAT(\"a\", \"b\", \"c\")", "abc")]
    [InlineData("STR(1 + 2)", "3")]
    [InlineData("STR(7 / 2)", "3.5")]
    [InlineData("MD5(\"abc\")", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("STR(YEAR(\"2024-03-01T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>))", "2024")]
    [InlineData("TZ(\"2024-03-01T10:00:00-05:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>)", "-05:00")]
    [InlineData("IF(1 < 2, \"yes\", \"no\")", "yes")]
    [InlineData("COALESCE(?unbound, \"fallback\")", "fallback")]
    public void Built_in_functions_compute_spec_values(string expression, string expected)
    {
        var value = Single($"SELECT ({expression} AS ?v) {{}}");
        Assert.Equal(expected, Assert.IsType<Literal>(value).Value);
    }

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("\"a\" + 1")]
    [InlineData("STRLEN(<http://x>)")]
    public void Expression_errors_leave_the_variable_unbound(string expression) =>
        Assert.Null(Single($"SELECT ({expression} AS ?v) {{}}"));

    [Fact]
    public void Order_by_puts_unbound_first_then_blank_nodes_iris_and_literals()
    {
        var rows = Select("SELECT ?v { VALUES ?v { \"lit\" <http://x> UNDEF } } ORDER BY ?v");
        Assert.Null(rows[0]["v"]);
        Assert.IsType<Iri>(rows[1]["v"]);
        Assert.IsType<Literal>(rows[2]["v"]);
    }

    [Fact]
    public void Construct_builds_a_graph_with_fresh_blank_nodes()
    {
        using var result = (GraphResult)_engine.Query(TestData.People(), Prefix + "CONSTRUCT { _:x :friendOf ?a } WHERE { ?a :knows ?b }");
        var triples = result.ToList();
        Assert.Equal(3, triples.Count);
        Assert.Equal(3, triples.Select(t => t.Subject).Distinct().Count());
    }

    [Fact]
    public void Ask_answers_a_boolean()
    {
        using var result = (BooleanResult)_engine.Query(TestData.People(), Prefix + "ASK { :alice :knows :bob }");
        Assert.True(result.Value);
    }

    [Fact]
    public void Timeout_stops_a_cartesian_product_and_the_engine_stays_usable()
    {
        var dense = TestData.Dense(60);
        var engine = new SparqlEngine(new SparqlEngineOptions(Timeout: TimeSpan.FromMilliseconds(300)));
        using (var result = (SolutionsResult)engine.Query(dense, "SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"))
        {
            var ex = Assert.Throws<QueryTimeoutException>(() => result.Count());
            Assert.Equal(EvaluationFailure.Timeout, ex.Reason);
        }

        using var after = (SolutionsResult)engine.Query(dense, "SELECT ?b { <http://example.org/n1> ?p ?b }");
        Assert.Equal(59, after.Count());
    }

    [Fact]
    public void Timeout_stops_an_unbounded_path_over_a_dense_graph()
    {
        var dense = TestData.Dense(120);
        var engine = new SparqlEngine(new SparqlEngineOptions(Timeout: TimeSpan.FromMilliseconds(300)));
        using var result = (SolutionsResult)engine.Query(dense, "SELECT * { ?x <http://example.org/p>* ?y . ?y <http://example.org/p>+ ?z }");
        Assert.Throws<QueryTimeoutException>(() => result.Count());
    }

    [Fact]
    public void Result_limit_stops_with_a_reason()
    {
        var engine = new SparqlEngine(new SparqlEngineOptions(ResultLimit: 10));
        using var result = (SolutionsResult)engine.Query(TestData.Dense(10), "SELECT * { ?a ?p ?b }");
        var ex = Assert.Throws<QueryEvaluationException>(() => result.Count());
        Assert.Equal(EvaluationFailure.ResultLimit, ex.Reason);
    }

    [Fact]
    public void Cancellation_token_stops_evaluation()
    {
        using var cts = new CancellationTokenSource();
        using var result = (SolutionsResult)_engine.Query(TestData.Dense(60), "SELECT * { ?a ?p ?b . ?c ?q ?d }", cts.Token);
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => result.Count());
    }
}
