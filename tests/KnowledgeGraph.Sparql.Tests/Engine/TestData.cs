using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.Engine;

/// <summary>Small datasets built in code.</summary>
internal static class TestData
{
    public const string Ns = "http://example.org/";

    public static Iri I(string local) => Iri.Unchecked(Ns + local);

    /// <summary>People who know each other, with names and ages; one name in a named graph.</summary>
    public static InMemoryDataset People()
    {
        var d = new InMemoryDataset();
        var knows = I("knows");
        var name = I("name");
        var age = I("age");
        d.Add(new Quad(I("alice"), knows, I("bob")));
        d.Add(new Quad(I("bob"), knows, I("carol")));
        d.Add(new Quad(I("carol"), knows, I("alice")));
        d.Add(new Quad(I("alice"), name, Literal.Create("Alice")));
        d.Add(new Quad(I("bob"), name, Literal.LanguageTagged("Bob", "en")));
        d.Add(new Quad(I("alice"), age, Literal.Integer(30)));
        d.Add(new Quad(I("bob"), age, Literal.Integer(25)));
        d.Add(new Quad(I("carol"), age, Literal.Integer(41)));
        d.Add(new Quad(I("carol"), name, Literal.Create("Carol"), I("g1")));
        return d;
    }

    /// <summary>A dense graph: every node links to every other node.</summary>
    public static InMemoryDataset Dense(int nodes)
    {
        var d = new InMemoryDataset();
        var changes = new ChangeSet();
        for (int i = 0; i < nodes; i++)
        {
            for (int j = 0; j < nodes; j++)
            {
                if (i != j)
                {
                    changes.Insertions.Add(new Quad(I("n" + i), I("p"), I("n" + j)));
                }
            }
        }

        d.Apply(changes);
        return d;
    }
}
