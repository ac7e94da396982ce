using KnowledgeGraph.Connectors.Tests.Neo4j;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Tests.PropertyGraph;

public sealed class ProjectionTests
{
    [Theory]
    [InlineData("http://schema.org/spokenByCharacter", "SPOKEN_BY_CHARACTER")]
    [InlineData("http://schema.org/isPartOf", "IS_PART_OF")]
    [InlineData("http://www.w3.org/2005/11/its/rdf#taIdentRef", "TA_IDENT_REF")]
    [InlineData("http://example.org/vocab#HTMLPage", "HTML_PAGE")]
    [InlineData("http://example.org/has-part", "HAS_PART")]
    public void Relationship_types_are_upper_snake_case_local_names(string iri, string expected) =>
        Assert.Equal(expected, Neo4jNaming.RelationshipType(iri));

    [Theory]
    [InlineData("http://schema.org/AlternateName", "alternateName")]
    [InlineData("http://example.org/ns/", "ns")]
    [InlineData("urn:x:42", "_42")]
    public void Property_keys_are_camel_case(string iri, string expected) => Assert.Equal(expected, Neo4jNaming.PropertyKey(iri));

    [Fact]
    public void Types_become_labels_literals_properties_and_iris_relationships()
    {
        var graph = new PropertyGraphProjection().Project(TestGraphs.Build());
        var person = graph.Nodes.Single(n => n.Uri == TestGraphs.Person.Value);
        Assert.Equal(["Person", "Resource"], person.Labels);
        var props = person.Properties.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(["O. K.", "Olena"], props["alternateName"].Items);
        Assert.True(props["alternateName"].IsArray);
        Assert.Equal("Olena Kovalenko-Šimić", Assert.Single(props["name"].Items));
        Assert.False(props.ContainsKey("graph"), "a node described in two graphs is shared and has no graph");

        var quote = graph.Nodes.Single(n => n.Uri == TestGraphs.Quote.Value).Properties.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(12L, quote["beginIndex"].Items[0]);
        Assert.Equal(PropertyType.Double, quote["confidence"].Type);
        Assert.Equal(PropertyType.Date, quote["dateCreated"].Type);
        Assert.Equal(TestGraphs.G1.Value, quote["graph"].Items[0]);
        Assert.Equal(TestGraphs.HostileStrings.Length, quote["text"].Items.Count);

        Assert.Contains(graph.Relationships, r => r.Type == "SPOKEN_BY_CHARACTER" && r.StartUri == TestGraphs.Quote.Value && r.Graph == TestGraphs.G1.Value);
        Assert.Equal(2, graph.Relationships.Count(r => r.Type == "IS_PART_OF"));
        Assert.Contains(graph.Nodes, n => n.Uri == "bnode://ev");
    }

    [Fact]
    public void Every_relationship_endpoint_is_a_node()
    {
        var graph = new PropertyGraphProjection().Project(TestGraphs.Build());
        var keys = graph.Nodes.Select(n => n.Uri).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Relationships, r => Assert.True(keys.Contains(r.StartUri) && keys.Contains(r.EndUri)));
    }

    [Fact]
    public void The_projection_does_not_depend_on_quad_order()
    {
        var quads = TestGraphs.Build();
        var a = new PropertyGraphProjection().Project(quads);
        var shuffled = quads.OrderBy(q => q.ToString().GetHashCode(StringComparison.Ordinal)).Reverse().ToList();
        var b = new PropertyGraphProjection().Project(shuffled);
        Assert.Equal(Describe(a), Describe(b));
    }

    [Fact]
    public void A_key_with_mixed_types_falls_back_to_string_everywhere()
    {
        var p = KnowledgeGraph.Rdf.Iri.Unchecked("http://example.org/value");
        var quads = new List<KnowledgeGraph.Rdf.Quad>
        {
            new(TestGraphs.Person, p, KnowledgeGraph.Rdf.Literal.Integer(5)),
            new(TestGraphs.Quote, p, KnowledgeGraph.Rdf.Literal.Create("five")),
        };
        var graph = new PropertyGraphProjection().Project(quads);
        Assert.Equal(new PropertySchema(PropertyType.String, false), graph.Schema["value"]);
        Assert.Equal("5", graph.Nodes.Single(n => n.Uri == TestGraphs.Person.Value).Properties.Single().Value.Items[0]);
    }

    private static string Describe(ProjectedGraph g) =>
        string.Join("\n", g.Nodes.Select(n => n.Uri + " " + string.Join(",", n.Labels) + " " + string.Join(";", n.Properties.Select(p => p.Key + "=" + p.Value))))
        + "\n" + string.Join("\n", g.Relationships);
}
