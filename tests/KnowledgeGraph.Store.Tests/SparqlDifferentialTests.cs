using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;
using Xunit.Abstractions;

namespace KnowledgeGraph.Store.Tests;

/// <summary>The SPARQL engine gives the same answers over the store as over the in-memory reference dataset.</summary>
public sealed class SparqlDifferentialTests(ITestOutputHelper output)
{
    private static readonly string[] Queries =
    [
        "SELECT ?s ?o WHERE { ?s <http://example.org/p/1> ?o }",
        "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT ?s ?o ?o2 WHERE { ?s <http://example.org/p/0> ?o . ?s <http://example.org/p/2> ?o2 }",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        "SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }",
        "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?o <http://example.org/p/3> ?x } }",
        "ASK { GRAPH <http://example.org/graph/1> { ?s ?p ?o } }",
        // Joins the store answers through hash tables of a pattern read once (lookups there cost a seek each):
        // a star on one slot, a key of two slots, a variable twice in one pattern, and an OPTIONAL over many rows.
        "SELECT ?s ?a ?b ?c WHERE { ?s <http://example.org/p/0> ?a . ?s <http://example.org/p/1> ?b . ?s ?p ?c }",
        "SELECT ?s ?o ?p2 WHERE { ?s <http://example.org/p/2> ?o . ?s ?p2 ?o }",
        "SELECT ?s WHERE { ?s ?p ?o . ?s ?p2 ?s }",
        "SELECT ?s ?o ?x ?y WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/p/1> ?x . ?x ?q ?y } }",
        "SELECT ?o (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p/4> ?o } } GROUP BY ?o",
        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s",
        // Stars: runs of patterns on one bound subject with constant predicates, read in one pass over the subject's
        // keys: a constant subject, a subject bound by the pattern before, a repeated predicate, an object shared
        // between the star's patterns, a constant object, the subject as an object, a named graph and GRAPH ?g.
        "SELECT ?a ?b ?c WHERE { <http://example.org/news/entity/1> <http://example.org/p/0> ?a ; <http://example.org/p/1> ?b ; <http://example.org/p/2> ?c }",
        "SELECT ?o ?a ?b WHERE { <http://example.org/news/entity/2> <http://example.org/p/3> ?o . ?o <http://example.org/p/0> ?a ; <http://example.org/p/4> ?b }",
        "SELECT ?a ?b WHERE { <http://example.org/news/entity/3> <http://example.org/p/1> ?a ; <http://example.org/p/1> ?b ; <http://example.org/p/0> ?a }",
        "SELECT ?s ?a WHERE { <http://example.org/news/entity/4> <http://example.org/p/2> ?s . ?s <http://example.org/p/0> ?a ; <http://example.org/p/1> <http://example.org/news/entity/5> }",
        "SELECT ?s ?x WHERE { <http://example.org/news/entity/0> <http://example.org/p/0> ?s . ?s <http://example.org/p/2> ?s ; <http://example.org/p/3> ?x }",
        "SELECT ?a ?b WHERE { GRAPH <http://example.org/graph/1> { <http://example.org/news/entity/6> <http://example.org/p/1> ?a ; <http://example.org/p/4> ?b } }",
        "SELECT ?g ?a ?b WHERE { GRAPH ?g { <http://example.org/news/entity/7> <http://example.org/p/2> ?a ; <http://example.org/p/3> ?b } }",
        "SELECT ?a ?b ?c WHERE { <http://example.org/news/entity/1> <http://example.org/p/0> ?a ; <http://example.org/p/1> ?b OPTIONAL { ?a <http://example.org/p/2> ?c ; <http://example.org/p/3> ?d } }",
        // Counts without grouping, straight from the index keys.
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT (COUNT(?o) AS ?n) (COUNT(*) AS ?m) WHERE { ?s <http://example.org/p/1> ?o }",
        "SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p/2> ?o } }",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p/absent> ?o } }",
        "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p",
        "SELECT ?g ?o (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p/1> ?o } } GROUP BY ?g ?o",
    ];

    // readIndex: the store is compacted first, so that its snapshots read the read index (with its exact counts and
    // cheaper lookups, the engine plans differently too).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Queries_over_the_store_and_the_in_memory_dataset_agree(bool readIndex)
    {
        using var dir = new TempDirectory();
        var quads = new RandomQuads(11).Quads(600);
        var reference = new InMemoryDataset(quads);
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(quads);
        if (readIndex)
        {
            store.Compact();
        }

        var engine = new SparqlEngine();
        int agreed = 0;
        foreach (var query in Queries)
        {
            using var snapshot = store.Snapshot();
            Assert.Equal(readIndex, ((QuadStoreSnapshot)snapshot).UsesReadIndex);
            Assert.True(Answer(engine, reference, query).SequenceEqual(Answer(engine, snapshot, query)), query);
            agreed++;
        }

        string line = $"SPARQL differential{(readIndex ? " (read index)" : string.Empty)}: {agreed}/{Queries.Length} queries agreed";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    [Fact]
    public void A_star_on_a_subject_with_thousands_of_objects_streams_them_and_agrees()
    {
        using var dir = new TempDirectory();
        var hub = Iri.Unchecked("http://example.org/hub");
        var many = Iri.Unchecked("http://example.org/p/many");
        var few = Iri.Unchecked("http://example.org/p/few");
        var quads = Enumerable.Range(0, 3000).Select(i => new Quad(hub, many, Literal.Integer(i), DefaultGraph.Instance)).ToList();
        quads.Add(new Quad(hub, few, Literal.Create("a"), DefaultGraph.Instance));
        quads.Add(new Quad(hub, few, Literal.Create("b"), DefaultGraph.Instance));
        var reference = new InMemoryDataset(quads);
        using var store = QuadStore.Open(dir.Sub("store"));
        store.Add(quads);

        // Beyond the objects a star read holds, the predicate is streamed; enumerating twice gives the same quads.
        Term[] predicates = [many, few, many];
        var lists = store.MatchStar(hub, predicates, DefaultGraph.Instance);
        for (int k = 0; k < predicates.Length; k++)
        {
            var expected = reference.Match(hub, predicates[k], null, DefaultGraph.Instance).Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, lists[k].Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(expected.Count, lists[k].Count());
        }

        var engine = new SparqlEngine();
        foreach (var query in new[]
        {
            "SELECT ?a ?b WHERE { <http://example.org/hub> <http://example.org/p/many> ?a ; <http://example.org/p/few> ?b }",
            "SELECT ?b ?a WHERE { <http://example.org/hub> <http://example.org/p/few> ?b ; <http://example.org/p/many> ?a }",
        })
        {
            using var snapshot = store.Snapshot();
            var expected = Answer(engine, reference, query);
            Assert.Equal(6000, expected.Count);
            Assert.True(expected.SequenceEqual(Answer(engine, snapshot, query)), query);
        }
    }

    private static List<string> Answer(SparqlEngine engine, IQuadSource source, string query)
    {
        using var result = engine.Query(source, query);
        return result switch
        {
            SolutionsResult rows => rows.Select(r => string.Join(" | ", r.Variables.Select(v => Canonical(r[v])))).Order(StringComparer.Ordinal).ToList(),
            BooleanResult b => [b.Value.ToString()],
            _ => throw new InvalidOperationException("unexpected result"),
        };
    }

    private static string Canonical(Term? t) => t switch
    {
        null => "",
        Literal { Language: not null } l => Literal.LanguageTagged(l.Value, l.Language.ToLowerInvariant(), l.Direction).ToString(),
        _ => t.ToString(),
    };
}
