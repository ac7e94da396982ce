using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlParserTests
{
    [Theory]
    [InlineData("SELECT * WHERE { ?s ?p ?o }")]
    [InlineData("PREFIX ex: <http://ex/> SELECT ?s (COUNT(*) AS ?n) { ?s ex:p+/ex:q? ?o } GROUP BY ?s HAVING (COUNT(*) > 1) ORDER BY DESC(?n) LIMIT 5")]
    [InlineData("SELECT ?x { ?x !(<http://a>|^<http://b>) ?y MINUS { ?x a ?t } FILTER NOT EXISTS { ?x <http://c> [] } }")]
    [InlineData("ASK { VALUES (?a ?b) { (1 UNDEF) (\"x\"@en <http://i>) } BIND(?a + 1 AS ?c) }")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }")]
    [InlineData("DESCRIBE <http://x> ?y WHERE { ?y ?p ?o }")]
    [InlineData("SELECT * FROM <http://g> FROM NAMED <http://h> { GRAPH ?g { ?s ?p ( 1 2 3 ) } }")]
    [InlineData("SELECT (GROUP_CONCAT(DISTINCT ?o; SEPARATOR=\", \") AS ?all) { ?s ?p ?o }")]
    public void Valid_queries_parse(string text) => Assert.NotNull(SparqlParser.ParseQuery(text));

    [Theory]
    [InlineData("SELECT ?o { ?s ?p ?o } GROUP BY ?s", "not grouped")]
    [InlineData("SELECT * { ?s ?p ?o BIND(1 AS ?o) }", "already in scope")]
    [InlineData("SELECT (1 AS ?x) (2 AS ?x) {}", "already in scope")]
    [InlineData("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }", "two basic graph patterns")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }", "not allowed")]
    [InlineData("SELECT * { ?s ?p }", "expected")]
    public void Invalid_queries_are_rejected_with_a_reason(string text, string reason)
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(text));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_reports_line_and_column()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT *\nWHERE { ?s ?p ?o .\n  FILTER(?o > ) }"));
        Assert.Equal(3, ex.Line);
        Assert.Equal(15, ex.Column);
        Assert.StartsWith("3:15: expected an expression", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_message_starts_with_the_source_when_known()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT", new SparqlParserOptions(SourceName: "q.rq")));
        Assert.StartsWith("q.rq:1:7: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_with_filter_translates_to_left_join_with_expression()
    {
        var q = SparqlParser.ParseQuery("SELECT * { ?s <http://p> ?o OPTIONAL { ?s <http://q> ?x FILTER(?x > ?o) } }");
        var project = Assert.IsType<Project>(q.Pattern);
        var leftJoin = Assert.IsType<LeftJoin>(project.Inner);
        Assert.NotNull(leftJoin.Filter);
    }

    [Fact]
    public void Sequence_path_translates_to_a_join_of_triple_patterns()
    {
        var q = SparqlParser.ParseQuery("SELECT ?a ?b { ?a <http://p>/<http://q> ?b }");
        var bgp = Assert.IsType<Bgp>(Assert.IsType<Project>(q.Pattern).Inner);
        Assert.Equal(2, bgp.Triples.Count);
    }

    [Theory]
    [InlineData("DELETE DATA { _:b <http://p> <http://o> }")]
    [InlineData("INSERT DATA { ?s <http://p> <http://o> }")]
    [InlineData("DELETE WHERE { _:b ?p ?o }")]
    [InlineData("INSERT DATA { _:b <http://p> 1 } ; INSERT DATA { _:b <http://p> 2 }")]
    [InlineData("CREATE GRAPH <http://g> LOAD <http://x>")]
    public void Invalid_updates_are_rejected(string text) => Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate(text));

    [Fact]
    public void Update_request_holds_its_operations_in_order()
    {
        var u = SparqlParser.ParseUpdate("CLEAR SILENT DEFAULT ; WITH <http://g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } USING <http://h> WHERE { ?s ?p ?o } ; MOVE <http://a> TO DEFAULT");
        Assert.IsType<ClearOperation>(u.Operations[0]);
        var modify = Assert.IsType<ModifyOperation>(u.Operations[1]);
        Assert.Equal("http://g", modify.With!.Value);
        Assert.Equal(TransferKind.Move, Assert.IsType<TransferOperation>(u.Operations[2]).Kind);
    }
}
