using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Mapping.Validation;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using Xunit.Abstractions;

namespace KnowledgeGraph.Mapping.Tests.Validation;

/// <summary>Mapped graphs conform to ontology/shapes.ttl, and deliberately broken ones are reported with the
/// offending node and shape.</summary>
public sealed class MappedGraphConformanceTests(ITestOutputHelper output)
{
    private const string Shapes = "https://w3id.org/knowledgegraph/shapes#";
    private static readonly Lazy<ShaclValidator> Validator = new(() => new ShaclValidator(OntologyFiles.Shapes, OntologyFiles.Ontology));
    private static readonly Lazy<ArticleGraph> Seed = new(() => new FactMapper().Map(GoldFixture.Load("seed")));

    public static TheoryData<string> GoldArticles => ["seed", "wn_2008_comoros_anjouan", "wn_2009_gaza_ceasefire", "wn_2011_south_sudan_independence", "wn_2012_us_debate_mali"];

    [Theory]
    [MemberData(nameof(GoldArticles))]
    public void Mapped_gold_fixture_conforms(string name)
    {
        var graph = new FactMapper().Map(GoldFixture.Load(name));
        var report = Validate(graph.Quads, graph.GraphName);
        Assert.True(report.Conforms, report.ToString());
    }

    [Fact]
    public void Emoji_fixture_conforms_with_and_without_text()
    {
        foreach (var options in new[] { MappingOptions.Default, new MappingOptions { IncludeText = false, IncludeMentions = false } })
        {
            var graph = new FactMapper(options).Map(EmojiFixture.Result());
            var report = Validate(graph.Quads, graph.GraphName);
            Assert.True(report.Conforms, report.ToString());
        }
    }

    [Fact]
    public void Every_article_graph_of_a_shared_store_conforms_on_its_own()
    {
        var store = new InMemoryDataset();
        foreach (string name in GoldArticles)
        {
            store.Apply(new FactMapper().Map(GoldFixture.Load(name)).ToChangeSet());
        }

        int graphs = 0;
        foreach (var g in store.NamedGraphs())
        {
            var report = Validator.Value.Validate(store, g);
            Assert.True(report.Conforms, report.ToString());
            graphs++;
        }

        Assert.Equal(5, graphs);
        var union = Validator.Value.Validate(store);
        Assert.True(union.Conforms, union.ToString());
        Console.WriteLine($"SHACL: {graphs} article graphs and their union conform to {Validator.Value.ShapeCount} shapes");
    }

    [Fact]
    public void Quotation_without_speaker_is_reported_with_the_quote_and_the_quotation_shape()
    {
        var quote = Iri.Unchecked("https://w3id.org/knowledgegraph/id/text/2201092cd3de2c9a/quote/628-721/wd-Q227");
        var broken = Seed.Value.Quads.Where(q => !(q.Subject.Equals(quote) && q.Predicate.Equals(Schema.SpokenByCharacter)));
        var result = Assert.Single(Validate(broken, Seed.Value.GraphName).Results);
        Assert.Equal(quote, result.FocusNode);
        Assert.Equal(Iri.Unchecked(Shapes + "QuotationShape"), result.NamedShape);
        Assert.True(result.SourceShape.IsBlankNode);
        Assert.Equal("schema:spokenByCharacter", result.Path);
        Assert.Equal("http://www.w3.org/ns/shacl#MinCountConstraintComponent", result.SourceConstraintComponent.Value);
        Assert.Contains("628-721/wd-Q227", result.ToString(), StringComparison.Ordinal);
        Assert.Contains("kgsh:QuotationShape", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_confidence_fails_the_shared_confidence_shape()
    {
        var r = EmojiFixture.Result();
        var graph = new FactMapper().Map(r with { Controls = [r.Controls[0] with { Confidence = 1.5 }] });
        var result = Assert.Single(Validate(graph.Quads, graph.GraphName).Results);
        Assert.EndsWith("/captured", ((Iri)result.FocusNode).Value, StringComparison.Ordinal);
        Assert.Equal(Iri.Unchecked(Shapes + "ControlStatementShape"), result.NamedShape);
        Assert.Equal("kgo:confidence", result.Path);
        Assert.Equal(Literal.Typed("1.5", Xsd.Decimal), result.Value);
        Assert.Equal("http://www.w3.org/ns/shacl#NodeConstraintComponent", result.SourceConstraintComponent.Value);
    }

    [Fact]
    public void A_person_as_controlled_place_breaks_the_class_constraint()
    {
        var r = EmojiFixture.Result();
        var graph = new FactMapper().Map(r with { Controls = [r.Controls[0] with { PlaceId = "p" }] });
        var results = Validate(graph.Quads, graph.GraphName).Results;
        var result = Assert.Single(results, x => x.Path == "kgo:place");
        Assert.Equal(Iri.Unchecked("https://w3id.org/knowledgegraph/id/entity/person/zoe-muller"), result.Value);
        Assert.Contains("not an instance of schema:Place", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_that_is_its_own_place_breaks_disjointness()
    {
        var r = EmojiFixture.Result();
        var graph = new FactMapper().Map(r with { Controls = [r.Controls[0] with { PartyId = "t" }] });
        Assert.Contains(Validate(graph.Quads, graph.GraphName).Results, x => x.Path == "kgo:party"
            && x.SourceConstraintComponent.Value.EndsWith("#DisjointConstraintComponent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("begin after end", "LessThanConstraintComponent", "nif:beginIndex")]
    [InlineData("ill-typed offset", "DatatypeConstraintComponent", "nif:endIndex")]
    [InlineData("text differs from content", "EqualsConstraintComponent", "(kgo:content/nif:anchorOf)")]
    [InlineData("unknown status", "InConstraintComponent", "kgo:status")]
    [InlineData("person typed as place", "NotConstraintComponent", null)]
    [InlineData("post held by a place", "ClassConstraintComponent", "^org:holds")]
    [InlineData("mention without kind", "MinCountConstraintComponent", "kgo:mentionKind")]
    [InlineData("entity outside the data namespace", "PatternConstraintComponent", null)]
    [InlineData("span without a context", "MinCountConstraintComponent", "nif:referenceContext")]
    [InlineData("run without version", "MinCountConstraintComponent", "kgo:extractorVersion")]
    public void Broken_seed_graph_is_reported(string breakage, string component, string? path)
    {
        var quads = Seed.Value.Quads.ToList();
        var g = Seed.Value.GraphName;
        const string Id = "https://w3id.org/knowledgegraph/id/";
        var span = Iri.Unchecked(Id + "text/2201092cd3de2c9a#char=2221,2260");
        var claim = Iri.Unchecked(Id + "text/2201092cd3de2c9a/control/wd-Q227/place-nagorno-karabakh/claims");
        var quote = Iri.Unchecked(Id + "text/2201092cd3de2c9a/quote/1047-1126/person-hikmet-hajiyev");
        var person = Iri.Unchecked(Id + "entity/person/nikol-pashinyan");
        var karabakh = Iri.Unchecked(Id + "entity/place/nagorno-karabakh");
        Term focus;
        switch (breakage)
        {
            case "begin after end":
                quads.RemoveAll(q => q.Subject.Equals(span) && q.Predicate.Equals(Nif.BeginIndex));
                quads.Add(new Quad(span, Nif.BeginIndex, Literal.Typed("2300", Xsd.NonNegativeInteger), g));
                focus = span;
                break;
            case "ill-typed offset":
                quads.RemoveAll(q => q.Subject.Equals(span) && q.Predicate.Equals(Nif.EndIndex));
                quads.Add(new Quad(span, Nif.EndIndex, Literal.Typed("-4", Xsd.NonNegativeInteger), g));
                focus = span;
                break;
            case "text differs from content":
                quads.RemoveAll(q => q.Subject.Equals(quote) && q.Predicate.Equals(Schema.Text));
                quads.Add(new Quad(quote, Schema.Text, Literal.Create("Baku envisaged nothing"), g));
                focus = quote;
                break;
            case "unknown status":
                quads.RemoveAll(q => q.Subject.Equals(claim) && q.Predicate.Equals(Kgo.Status));
                quads.Add(new Quad(claim, Kgo.Status, Kgo.DirectQuote, g));
                focus = claim;
                break;
            case "person typed as place":
                quads.Add(new Quad(person, RdfVocabulary.Type, Schema.Country, g));
                focus = person;
                break;
            case "post held by a place":
                quads.Add(new Quad(karabakh, Org.Holds, Iri.Unchecked(Id + "post/wd-Q399/prime-minister"), g));
                focus = Iri.Unchecked(Id + "post/wd-Q399/prime-minister");
                break;
            case "mention without kind":
                var mention = Iri.Unchecked(Id + "text/2201092cd3de2c9a#char=0,10");
                quads.RemoveAll(q => q.Subject.Equals(mention) && q.Predicate.Equals(Kgo.MentionKindProperty));
                focus = mention;
                break;
            case "entity outside the data namespace":
                focus = Iri.Unchecked("http://example.org/someone");
                quads.Add(new Quad(focus, RdfVocabulary.Type, Foaf.Group, g));
                quads.Add(new Quad(focus, Schema.Name, Literal.Create("Someone"), g));
                break;
            case "span without a context":
                quads.RemoveAll(q => q.Subject.Equals(span) && q.Predicate.Equals(Nif.ReferenceContext));
                focus = span;
                break;
            default:
                var run = quads.Single(q => q.Predicate.Equals(Prov.WasGeneratedBy)).Obj;
                quads.RemoveAll(q => q.Subject.Equals(run) && q.Predicate.Equals(Kgo.ExtractorVersion));
                focus = run;
                break;
        }

        var report = Validate(quads, g);
        output.WriteLine(report.ToString());
        Assert.False(report.Conforms);
        Assert.Contains(report.Results, r => r.FocusNode.Equals(focus)
            && r.SourceConstraintComponent.Value.EndsWith("#" + component, StringComparison.Ordinal)
            && r.Path == path);
    }

    private ValidationReport Validate(IEnumerable<Quad> quads, Term graph)
    {
        var report = Validator.Value.Validate(new InMemoryDataset(quads), graph);
        output.WriteLine(report.ToString());
        return report;
    }
}
