using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store.TestHelper;

/// <summary>
/// Test data whose invariants show a half-written batch: graph i holds <c>size - 1</c> member triples and one
/// triple stating that count, so a graph is either complete or wrong.
/// </summary>
public static class GraphBatches
{
    public static readonly Iri CountPredicate = Iri.Unchecked("http://example.org/test/memberCount");
    public static readonly Iri MemberPredicate = Iri.Unchecked("http://example.org/test/member");

    public static Iri Graph(int i) => Iri.Unchecked("http://example.org/test/graph/" + i.ToString(CultureInfo.InvariantCulture));

    public static IEnumerable<Quad> Quads(int graphs, int size)
    {
        for (int i = 0; i < graphs; i++)
        {
            var g = Graph(i);
            for (int m = 0; m < size - 1; m++)
            {
                yield return new Quad(g, MemberPredicate, Literal.Create($"member {m} of graph {i}, long enough to be hashed"), g);
            }

            yield return new Quad(g, CountPredicate, Literal.Integer(size - 1), g);
        }
    }

    /// <summary>Checks every graph of the source is complete; returns the number of graphs present.</summary>
    public static int CheckInvariants(IQuadSource source)
    {
        int present = 0;
        foreach (var g in source.NamedGraphs())
        {
            var quads = source.Match(null, null, null, g).ToList();
            var count = quads.Where(q => q.Predicate.Equals(CountPredicate)).ToList();
            if (count.Count != 1)
            {
                throw new InvalidOperationException($"graph {g} has {count.Count} count triples and {quads.Count} quads");
            }

            long expected = long.Parse(((Literal)count[0].Obj).Value, CultureInfo.InvariantCulture);
            long members = quads.Count(q => q.Predicate.Equals(MemberPredicate));
            if (members != expected)
            {
                throw new InvalidOperationException($"graph {g} says {expected} members but holds {members}");
            }

            present++;
        }

        return present;
    }
}
