using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Benchmarks.Sparql;

/// <summary>
/// The six typical queries of the shared store benchmark (point lookup, 2-hop join, CONTAINS scan, GROUP BY with
/// ORDER BY/LIMIT, OPTIONAL with filter, transitive path) over the in-memory dataset.
/// Run: <c>dotnet run -c Release --project bench/KnowledgeGraph.Benchmarks -- --filter *SparqlQueryBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class SparqlQueryBenchmarks
{
    private const string Prefixes = """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <http://schema.org/>
        PREFIX ont: <http://example.org/newskg/ontology/>
        PREFIX person: <http://example.org/newskg/person/>
        PREFIX place: <http://example.org/newskg/place/>

        """;

    private readonly SparqlEngine _engine = new();
    private InMemoryDataset _data = null!;
    private Query _q1 = null!;
    private Query _q2 = null!;
    private Query _q3 = null!;
    private Query _q4 = null!;
    private Query _q5 = null!;
    private Query _q6 = null!;

    /// <summary>Number of people; the graph has about 45 quads per person.</summary>
    [Params(2000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new InMemoryDataset(NewsGraphGenerator.Generate(People));
        _q1 = Parse("SELECT ?p ?o WHERE { person:42 ?p ?o }");
        _q2 = Parse("""
            SELECT ?quote ?article ?date ?headline WHERE {
              ?person rdfs:label "Olena Kovalenko-Šimić"@en .
              ?quote ont:speaker ?person ; ont:inArticle ?article .
              ?article schema:datePublished ?date ; schema:headline ?headline .
            }
            """);
        _q3 = Parse("""SELECT (COUNT(?q) AS ?n) WHERE { ?q a schema:Quotation ; schema:text ?t . FILTER(CONTAINS(?t, "prisoner exchange")) }""");
        _q4 = Parse("SELECT ?speaker (COUNT(?q) AS ?n) WHERE { ?q ont:speaker ?speaker . } GROUP BY ?speaker ORDER BY DESC(?n) ?speaker LIMIT 10");
        _q5 = Parse("""
            SELECT ?person ?name ?title ?end WHERE {
              ?person a schema:Person ; rdfs:label ?name .
              FILTER(LANG(?name) = "en")
              OPTIONAL { ?r ont:holder ?person ; ont:roleTitle ?title ; ont:endDate ?end . FILTER(LANG(?title) = "en") }
            }
            """);
        _q6 = Parse("""SELECT ?place ?label WHERE { ?place schema:containedInPlace+ place:1 ; rdfs:label ?label . FILTER(LANG(?label) = "en") }""");
    }

    private static Query Parse(string body) => SparqlParser.ParseQuery(Prefixes + body);

    private int Count(Query q)
    {
        using var result = (SolutionsResult)_engine.Query(_data, q);
        return result.Count();
    }

    [Benchmark]
    public int Q1_point_lookup() => Count(_q1);

    [Benchmark]
    public int Q2_two_hop_join() => Count(_q2);

    [Benchmark]
    public int Q3_contains_scan() => Count(_q3);

    [Benchmark]
    public int Q4_group_by_order_limit() => Count(_q4);

    [Benchmark]
    public int Q5_optional_with_filter() => Count(_q5);

    [Benchmark]
    public int Q6_transitive_path() => Count(_q6);
}
