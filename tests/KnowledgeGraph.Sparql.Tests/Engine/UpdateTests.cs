using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;

namespace KnowledgeGraph.Sparql.Tests.Engine;

public sealed class UpdateTests
{
    private readonly SparqlEngine _engine = new();

    [Fact]
    public void Insert_and_delete_data_change_the_store()
    {
        var store = new InMemoryDataset();
        _engine.Update(store, "INSERT DATA { <http://s> <http://p> 1 . GRAPH <http://g> { <http://s> <http://p> 2 } }");
        Assert.Equal(2, store.Count);
        _engine.Update(store, "DELETE DATA { <http://s> <http://p> 1 }");
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Delete_insert_where_rewrites_matching_triples()
    {
        var store = TestData.People();
        _engine.Update(store, "PREFIX : <http://example.org/> DELETE { ?p :age ?a } INSERT { ?p :age ?b } WHERE { ?p :age ?a BIND(?a + 1 AS ?b) }");
        Assert.True(store.Contains(new Quad(TestData.I("alice"), TestData.I("age"), Literal.Integer(31))));
        Assert.False(store.Contains(new Quad(TestData.I("alice"), TestData.I("age"), Literal.Integer(30))));
    }

    [Fact]
    public void Graph_management_moves_and_clears_graphs()
    {
        var store = TestData.People();
        _engine.Update(store, "MOVE <http://example.org/g1> TO <http://example.org/g2> ; CLEAR DEFAULT");
        Assert.Empty(store.Match(null, null, null, DefaultGraph.Instance));
        Assert.Single(store.Match(null, null, null, TestData.I("g2")));
        Assert.Empty(store.Match(null, null, null, TestData.I("g1")));
    }

    [Fact]
    public void Load_of_a_missing_file_fails_unless_silent()
    {
        var store = new InMemoryDataset();
        var ex = Assert.Throws<QueryEvaluationException>(() => _engine.Update(store, "LOAD <file:///nonexistent/data.ttl>"));
        Assert.Equal(EvaluationFailure.UpdateFailed, ex.Reason);
        _engine.Update(store, "LOAD SILENT <file:///nonexistent/data.ttl>");
    }

    [Fact]
    public void Load_reads_a_local_turtle_file_into_a_graph()
    {
        string path = Path.Combine(Path.GetTempPath(), "kg-sparql-load-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(path, "<http://s> <http://p> \"o\" .\n");
        try
        {
            var store = new InMemoryDataset();
            _engine.Update(store, $"LOAD <{new Uri(path).AbsoluteUri}> INTO GRAPH <http://g>");
            Assert.Single(store.Match(null, null, null, Iri.Unchecked("http://g")));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
