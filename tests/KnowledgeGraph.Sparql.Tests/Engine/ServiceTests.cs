using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Engine;

public sealed class ServiceTests
{
    private const string Prefix = "PREFIX : <http://example.org/> ";

    private static readonly Iri Remote = TestData.I("remote");

    /// <summary>A fake remote endpoint: answers with our own engine over its own data and records each query.</summary>
    private sealed class FakeExecutor(IQuadSource data, bool fail = false) : ISparqlServiceExecutor
    {
        public List<(Iri Endpoint, string Query)> Calls { get; } = [];

        public Task<SolutionsResult> ExecuteAsync(Iri endpoint, string query, CancellationToken cancellationToken)
        {
            Calls.Add((endpoint, query));
            if (fail)
            {
                throw new HttpRequestException("connection refused");
            }

            var result = (SolutionsResult)new SparqlEngine().Query(data, query, cancellationToken);
            return Task.FromResult(result.Materialize());
        }
    }

    private static InMemoryDataset RemoteData()
    {
        var data = new InMemoryDataset();
        data.Add(new Quad(TestData.I("alice"), TestData.I("email"), Literal.Create("alice@example.org")));
        data.Add(new Quad(TestData.I("bob"), TestData.I("email"), Literal.Create("bob@example.org")));
        data.Add(new Quad(TestData.I("zoe"), TestData.I("email"), Literal.Create("zoe@example.org")));
        return data;
    }

    private static List<Solution> Select(string query, ISparqlServiceExecutor? executor)
    {
        var engine = new SparqlEngine(new SparqlEngineOptions(ServiceExecutor: executor));
        using var result = (SolutionsResult)engine.Query(TestData.People(), Prefix + query);
        return result.ToList();
    }

    [Fact]
    public void Service_joins_remote_solutions_and_sends_known_bindings_as_values()
    {
        var executor = new FakeExecutor(RemoteData());
        var rows = Select("SELECT ?p ?mail { ?p :age ?a SERVICE <http://example.org/remote> { ?p :email ?mail } }", executor);

        var (endpoint, query) = Assert.Single(executor.Calls);
        Assert.Equal(Remote, endpoint);
        Assert.Contains("VALUES (?p)", query, StringComparison.Ordinal);
        Assert.Contains("PREFIX : <http://example.org/>", query, StringComparison.Ordinal);
        var people = TestData.People();
        var withAge = people.Match(null, TestData.I("age"), null, DefaultGraph.Instance).Select(q => q.Subject).ToHashSet();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r["p"]!, withAge));
        Assert.DoesNotContain(rows, r => r["p"] == TestData.I("zoe"));
        Assert.Contains(rows, r => r["p"] == TestData.I("alice") && r["mail"] == Literal.Create("alice@example.org"));
    }

    [Fact]
    public void Service_alone_returns_the_remote_solutions()
    {
        var executor = new FakeExecutor(RemoteData());
        var rows = Select("SELECT ?mail { SERVICE <http://example.org/remote> { ?p :email ?mail } }", executor);
        Assert.Equal(3, rows.Count);
        Assert.DoesNotContain("VALUES", Assert.Single(executor.Calls).Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_service_is_an_error_unless_silent()
    {
        var executor = new FakeExecutor(RemoteData(), fail: true);
        var e = Assert.Throws<QueryEvaluationException>(() => Select("SELECT * { SERVICE <http://example.org/remote> { ?p :email ?mail } }", executor));
        Assert.Contains("connection refused", e.Message, StringComparison.Ordinal);

        // SILENT: the failure is one solution that binds nothing, so the join keeps every left solution.
        var all = Select("SELECT ?p { ?p :age ?a }", null);
        var rows = Select("SELECT ?p ?mail { ?p :age ?a SERVICE SILENT <http://example.org/remote> { ?p :email ?mail } }", executor);
        Assert.Equal(all.Count, rows.Count);
        Assert.All(rows, r => Assert.Null(r["mail"]));
    }

    [Fact]
    public void Without_an_executor_service_fails_clearly_and_silent_service_is_empty()
    {
        var e = Assert.Throws<QueryEvaluationException>(() => Select("SELECT * { SERVICE <http://example.org/remote> { ?p :email ?mail } }", null));
        Assert.Contains("service executor", e.Message, StringComparison.Ordinal);

        var rows = Select("SELECT * { SERVICE SILENT <http://example.org/remote> { ?p :email ?mail } }", null);
        Assert.Empty(Assert.Single(rows).Bindings);
    }
}
