using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.TestHelper;

namespace KnowledgeGraph.Store.Tests;

/// <summary>Replacing graphs with content prepared off the writing thread does what clearing and inserting does.</summary>
public sealed class PreparedGraphTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    public void Prepared_replacements_match_clear_and_insert(int indexFileThreshold)
    {
        using var dir = new TempDirectory();
        var options = new QuadStoreOptions { IndexFileThreshold = indexFileThreshold };
        using var prepared = QuadStore.Open(dir.Sub("prepared"), options);
        using var reference = QuadStore.Open(dir.Sub("reference"), options);
        var random = new RandomQuads(21);
        var initial = GraphBatches.Quads(6, 20).Concat(random.Quads(300)).ToList();
        prepared.Add(initial);
        reference.Add(initial);

        for (int round = 0; round < 4; round++)
        {
            // Graphs 0..3 get new content; graph 1 twice (the later wins); graph 2 also gets an insertion in the
            // same change set, which the replacement discards; one quad elsewhere is deleted.
            var replacements = Enumerable.Range(0, 4).Select(i => (Graph: GraphBatches.Graph(i), Quads: Content(random, i, round))).ToList();
            replacements.Add((GraphBatches.Graph(1), Content(random, 1, round + 10)));
            var stray = new Quad(random.Iri(), random.Predicate(), random.Object(), GraphBatches.Graph(2));
            var elsewhere = initial[^(round + 1)];

            var changes = new ChangeSet { Deletions = { elsewhere }, Insertions = { stray } };
            var result = prepared.ApplyCounted(changes, [.. replacements.Select(r => prepared.PrepareGraph(r.Graph, r.Quads))]);

            var expected = new ChangeSet { Deletions = { elsewhere } };
            foreach (var (graph, quads) in replacements.GroupBy(r => r.Graph).Select(g => g.Last()))
            {
                expected.ClearedGraphs.Add(graph);
                expected.Insertions.AddRange(quads.Select(q => q with { Graph = graph }));
            }

            reference.ApplyCounted(expected);
            Assert.Equal(Sorted(reference.AllQuads()), Sorted(prepared.AllQuads()));
            Assert.Equal(reference.Count, prepared.Count);
            Assert.True(result.Added > 0 && result.Removed > 0);
            foreach (var graph in Enumerable.Range(0, 6).Select(GraphBatches.Graph))
            {
                Assert.Equal(reference.EstimateCount(null, null, null, graph), prepared.EstimateCount(null, null, null, graph));
            }

            Assert.Equal(
                reference.EstimateCount(null, GraphBatches.MemberPredicate, null, null),
                prepared.EstimateCount(null, GraphBatches.MemberPredicate, null, null));
        }
    }

    [Fact]
    public void Preparing_rejects_the_default_graph_marker_inside_a_quad()
    {
        using var dir = new TempDirectory();
        using var store = QuadStore.Open(dir.Sub("store"));
        var bad = new Quad(DefaultGraph.Instance, GraphBatches.MemberPredicate, Literal.Create("x"), GraphBatches.Graph(0));
        Assert.Throws<ArgumentException>(() => store.PrepareGraph(GraphBatches.Graph(0), [bad]));
    }

    // Member quads (some repeated, to check duplicates are dropped) and a count quad.
    private static List<Quad> Content(RandomQuads random, int graph, int round)
    {
        var g = GraphBatches.Graph(graph);
        var quads = Enumerable.Range(0, 10 + round).Select(m => new Quad(g, GraphBatches.MemberPredicate, Literal.Create($"member {m} of round {round}, long enough to be hashed"), g)).ToList();
        quads.Add(quads[0]);
        quads.Add(new Quad(g, GraphBatches.CountPredicate, Literal.Integer(10 + round), g));
        quads.Add(new Quad(random.Iri(), random.Predicate(), random.Object(), DefaultGraph.Instance));
        return quads;
    }

    private static List<string> Sorted(IEnumerable<Quad> quads) => quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToList();
}
