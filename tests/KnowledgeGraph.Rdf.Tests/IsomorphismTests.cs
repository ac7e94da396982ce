using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Rdf.Tests;

public sealed class IsomorphismTests
{
    private static List<Quad> Read(string nquads) => new NQuadsReader().Read(nquads).ToList();

    [Fact]
    public void Graphs_that_differ_only_in_blank_node_labels_are_isomorphic() =>
        Assert.True(Isomorphism.AreIsomorphic(
            Read("_:a <http://p> _:b .\n_:b <http://p> \"x\" .\n"),
            Read("_:y <http://p> \"x\" .\n_:z <http://p> _:y .\n")));

    [Fact]
    public void Different_structure_is_not_isomorphic() =>
        Assert.False(Isomorphism.AreIsomorphic(
            Read("_:a <http://p> _:b .\n_:b <http://p> _:a .\n"),
            Read("_:a <http://p> _:a .\n_:b <http://p> _:b .\n")));

    [Fact]
    public void Symmetric_cycles_need_backtracking_and_are_matched()
    {
        // Two 6-cycles: every node looks alike to colour refinement, so the search must pick and verify.
        string Cycle(string prefix) => string.Concat(Enumerable.Range(0, 6).Select(i => $"_:{prefix}{i} <http://p> _:{prefix}{(i + 1) % 6} .\n"));
        Assert.True(Isomorphism.AreIsomorphic(Read(Cycle("a")), Read(Cycle("b"))));
        string twoTriangles = string.Concat(Enumerable.Range(0, 3).Select(i => $"_:c{i} <http://p> _:c{(i + 1) % 3} .\n_:d{i} <http://p> _:d{(i + 1) % 3} .\n"));
        Assert.False(Isomorphism.AreIsomorphic(Read(Cycle("a")), Read(twoTriangles)));
    }

    [Fact]
    public void Graph_names_and_triple_terms_are_compared()
    {
        Assert.True(Isomorphism.AreIsomorphic(
            Read("<http://s> <http://p> <<( _:a <http://q> \"1\" )>> _:g .\n"),
            Read("<http://s> <http://p> <<( _:x <http://q> \"1\" )>> _:h .\n")));
        Assert.False(Isomorphism.AreIsomorphic(
            Read("<http://s> <http://p> \"1\" <http://g> .\n"),
            Read("<http://s> <http://p> \"1\" .\n")));
    }

    [Fact]
    public void Mapping_is_returned_for_isomorphic_graphs()
    {
        var reader = new NTriplesReader(new RdfReaderOptions { BlankNodeScope = BlankNodeScope.Preserve });
        var map = Isomorphism.FindBlankNodeMapping(reader.Read("_:a <http://p> \"x\" .").ToList(), reader.Read("_:b <http://p> \"x\" .").ToList());
        Assert.NotNull(map);
        Assert.Equal("b", map[new BlankNode("a")].Label);
    }
}
