using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;
using Xunit.Abstractions;

namespace KnowledgeGraph.Mapping.Tests.Queries;

/// <summary>
/// Runs every ontology/queries/*.rq over the mapped seed article and checks that the rows the seed's gold facts
/// call for are there (each expected row is a set of variable → value pairs that one solution must contain).
/// </summary>
public sealed class ExampleQueryTests(ITestOutputHelper output)
{
    private static readonly Lazy<InMemoryDataset> Store = new(() =>
    {
        var store = new InMemoryDataset();
        store.Apply(new FactMapper().Map(GoldFixture.Load("seed")).ToChangeSet());
        return store;
    });

    public static TheoryData<string, string[]> Expectations => new()
    {
        { "who-said-what-about-a-place.rq", ["speaker=Hikmet Hajiyev", "cue=told", "recipient=Reuters", "place=Azerbaijan", "quoteType=indirect quote"] },
        { "who-said-what-about-a-place.rq", ["speaker=Nikol Pashinyan", "cue=said", "place=Nagorno-Karabakh", "text=Armenia was prepared to accept refugees from Nagorno-Karabakh"] },
        { "control-by-party.rq", ["party=Azerbaijan", "status=claims", "place=Nagorno-Karabakh", "accordingTo=Azerbaijan"] },
        { "control-by-party.rq", ["party=Ethnic Armenians of Nagorno-Karabakh", "status=de facto control", "place=Nagorno-Karabakh", "accordingTo=the article", "time=since breaking away in a war in the 1990s", "normalizedTime=199"] },
        { "control-by-party.rq", ["party=Azerbaijan", "status=part of", "place=Nagorno-Karabakh", "accordingTo=the article"] },
        { "who-holds-which-role.rq", ["person=Nikol Pashinyan", "roleText=Prime Minister", "organization=Armenia", "post=prime minister (Armenia)"] },
        { "who-holds-which-role.rq", ["person=Ilham Aliyev", "role=president", "organization=Azerbaijan"] },
        { "path-between-actors.rq", ["from=Hikmet Hajiyev", "to=Azerbaijan", "link1=http://www.w3.org/ns/org#holds", "viaType=http://www.w3.org/ns/org#Post", "link2=http://www.w3.org/ns/org#postIn"] },
        { "path-between-actors.rq", ["from=Hikmet Hajiyev", "to=Azerbaijan", "viaType=http://schema.org/Quotation", "link2=http://schema.org/mentions"] },
        { "facts-with-evidence.rq", ["kind=https://w3id.org/knowledgegraph/ontology#ControlStatement", "begin=2092", "evidence=its Armenian population has held de facto independence since breaking away in a war in the 1990s"] },
        { "facts-with-evidence.rq", ["kind=http://schema.org/Quotation", "begin=1129", "sentence=\"Even with regard to former militaries and combatants, if they can be classified in such a way, and even for them we are envisaging an amnesty or alluding to an amnesty as well,\" Hajiyev said."] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Example_query_returns_the_expected_row(string file, string[] expected)
    {
        var rows = Run(file);
        var wanted = expected.Select(e => (Var: e[..e.IndexOf('=', StringComparison.Ordinal)], Value: e[(e.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList();
        bool found = rows.Any(row => wanted.All(w => row.TryGetValue(w.Var, out string? v) && v == w.Value));
        Assert.True(found, $"{file}: no row with {string.Join(", ", expected)}");
    }

    [Fact]
    public void Every_example_query_runs_and_returns_rows()
    {
        var files = Directory.GetFiles(RepositoryPaths.Queries, "*.rq").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            int n = Run(Path.GetFileName(file)).Count;
            string line = $"query {Path.GetFileName(file)}: {n} rows on the seed graph";
            output.WriteLine(line);
            Console.WriteLine(line);
            Assert.True(n > 0, line);
        }
    }

    private static List<Dictionary<string, string>> Run(string file)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Queries, file));
        using var result = new SparqlEngine().Query(Store.Value, text);
        var solutions = Assert.IsType<SolutionsResult>(result);
        return [.. solutions.Select(s => s.Bindings.ToDictionary(b => b.Key, b => b.Value switch
        {
            Literal l => l.Value,
            Iri i => i.Value,
            var t => t.ToString(),
        }, StringComparer.Ordinal))];
    }
}
