using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Tests.Fixtures;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Mapping.Tests.Fixtures.GraphAssert;

namespace KnowledgeGraph.Mapping.Tests;

public sealed class FactMapperTests
{
    private const string Id = "https://w3id.org/knowledgegraph/id/";
    private const string SeedHash = "2201092cd3de2c9a";

    private static readonly Lazy<ExtractionResult> Seed = new(() => GoldFixture.Load("seed"));

    [Fact]
    public void Seed_article_graph_is_named_after_the_text_hash()
    {
        var graph = new FactMapper().Map(Seed.Value);
        Assert.Equal(Id + "graph/article/" + SeedHash, graph.GraphName.Value);
        Assert.Equal(Id + "article/" + SeedHash, graph.Article.Value);
        Assert.All(graph.Quads, q => Assert.Equal(graph.GraphName, q.Graph));
    }

    [Fact]
    public void Mapping_the_same_article_twice_gives_identical_canonical_nquads()
    {
        string first = new FactMapper().Map(Seed.Value).ToNQuads();
        string second = new FactMapper().Map(GoldFixture.Load("seed")).ToNQuads();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Fact_order_inside_an_article_does_not_change_the_output()
    {
        var r = Seed.Value;
        var shuffled = r with
        {
            Entities = [.. r.Entities.Reverse()],
            Quotations = [.. r.Quotations.Reverse()],
            Controls = [.. r.Controls.Reverse()],
            Roles = [.. r.Roles.Reverse()],
            Sentences = [.. r.Sentences.Reverse()],
        };
        Assert.Equal(new FactMapper().Map(r).ToNQuads(), new FactMapper().Map(shuffled).ToNQuads());
    }

    [Fact]
    public void A_set_of_articles_in_a_different_order_gives_identical_canonical_nquads()
    {
        var articles = new[] { "seed", "wn_2008_comoros_anjouan", "wn_2009_gaza_ceasefire" }.Select(GoldFixture.Load).ToList();
        var mapper = new FactMapper();
        string forward = CanonicalNQuads.Write(mapper.MapAll(articles).SelectMany(g => g.Quads));
        articles.Reverse();
        string backward = CanonicalNQuads.Write(mapper.MapAll(articles).SelectMany(g => g.Quads));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Loading_an_article_twice_into_a_store_is_idempotent()
    {
        var graph = new FactMapper().Map(Seed.Value);
        var store = new InMemoryDataset();
        store.Apply(graph.ToChangeSet());
        string once = CanonicalNQuads.Write(store.AllQuads());
        store.Apply(new FactMapper().Map(GoldFixture.Load("seed")).ToChangeSet());
        Assert.Equal(once, CanonicalNQuads.Write(store.AllQuads()));
        Assert.Equal(graph.ToNQuads(), once);
    }

    [Fact]
    public void Output_has_no_blank_nodes_and_no_machine_specific_values()
    {
        var graph = new FactMapper().Map(Seed.Value);
        Assert.DoesNotContain(graph.Quads, q => q.Subject.IsBlankNode || q.Obj.IsBlankNode);
        Assert.DoesNotContain("/somewhere/on/this/machine", graph.ToNQuads(), StringComparison.Ordinal);
        Assert.DoesNotContain("dateTime", graph.ToNQuads(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quads_are_in_canonical_order()
    {
        var lines = new FactMapper().Map(Seed.Value).Quads.Select(q => q.ToString()).ToList();
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Equal(lines.Count, lines.Distinct().Count());
    }

    [Fact]
    public void The_same_person_in_two_articles_is_one_node()
    {
        var a = EmojiFixture.Result();
        var b = a with
        {
            Article = a.Article with { Id = "other", Text = "Zoë Müller spoke.", Title = null },
            Sentences = [],
            Entities = [new Entity { Id = "e1", Type = EntityType.Person, CanonicalName = "Zoe  Muller", Mentions = [new Mention(new TextSpan(0, 10), "Zoë Müller", MentionKind.Name, 1)] }],
            Quotations = [],
            Controls = [],
        };
        var mapper = new FactMapper();
        var ga = mapper.Map(a);
        var gb = mapper.Map(b);
        var person = Iri.Unchecked(Id + "entity/person/zoe-muller");
        Assert.Contains(ga.Quads, q => q.Subject.Equals(person) && q.Predicate.Equals(RdfVocabulary.Type));
        Assert.Contains(gb.Quads, q => q.Subject.Equals(person) && q.Predicate.Equals(RdfVocabulary.Type));
        Assert.NotEqual(ga.GraphName, gb.GraphName);
    }

    [Fact]
    public void Linked_entities_are_keyed_by_their_wikidata_item()
    {
        var graph = new FactMapper().Map(Seed.Value);
        var azerbaijan = Iri.Unchecked(Id + "entity/wd/Q227");
        Assert.Equal("Azerbaijan", Value(graph.Quads, azerbaijan, Schema.Name));
        Assert.Contains(Iri.Unchecked("http://www.wikidata.org/entity/Q227"), Objects(graph.Quads, azerbaijan, Schema.SameAs));
        Assert.Contains(Schema.Country, Objects(graph.Quads, azerbaijan, RdfVocabulary.Type));
        Assert.Contains(Org.Organization, Objects(graph.Quads, azerbaijan, RdfVocabulary.Type));
        Assert.Contains(Literal.Create("Baku"), Objects(graph.Quads, azerbaijan, Schema.AlternateName));
    }

    [Fact]
    public void Emoji_text_gets_code_point_offsets_and_exact_anchors()
    {
        var graph = new FactMapper().Map(EmojiFixture.Result());
        string h = KnowledgeGraph.Mapping.Iris.TextHash.OfArticleText(EmojiFixture.Text);

        // "Zoë Müller" starts after "🎉 ": UTF-16 offset 3, code point offset 2.
        Assert.Equal(3, EmojiFixture.Span("Zoë Müller").Start);
        var zoe = Iri.Unchecked($"{Id}text/{h}#char=2,12");
        Assert.Equal("Zoë Müller", Value(graph.Quads, zoe, Nif.AnchorOf));
        Assert.Equal(Literal.Typed("2", Xsd.NonNegativeInteger), Single(graph.Quads, zoe, Nif.BeginIndex));

        // The context ends at the code point length.
        int codePoints = EmojiFixture.Text.EnumerateRunes().Count();
        var context = Iri.Unchecked($"{Id}text/{h}#char=0,{codePoints}");
        Assert.Equal(EmojiFixture.Text, Value(graph.Quads, context, Nif.IsString));

        // Every span's anchor is the code point substring of the text its offsets name.
        int[] runes = [.. EmojiFixture.Text.EnumerateRunes().Select(r => r.Value)];
        foreach (var phrase in Subjects(graph.Quads, Nif.ReferenceContext, context))
        {
            int b = int.Parse(Value(graph.Quads, phrase, Nif.BeginIndex), System.Globalization.CultureInfo.InvariantCulture);
            int e = int.Parse(Value(graph.Quads, phrase, Nif.EndIndex), System.Globalization.CultureInfo.InvariantCulture);
            string expected = string.Concat(runes[b..e].Select(char.ConvertFromUtf32));
            Assert.Equal(expected, Value(graph.Quads, phrase, Nif.AnchorOf));
            Assert.EndsWith($"#char={b},{e}", ((Iri)phrase).Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quotation_node_carries_speaker_content_cue_evidence_and_confidence()
    {
        var graph = new FactMapper().Map(EmojiFixture.Result());
        string h = KnowledgeGraph.Mapping.Iris.TextHash.OfArticleText(EmojiFixture.Text);
        var quote = Assert.Single(Subjects(graph.Quads, RdfVocabulary.Type, Schema.Quotation));

        // Content "we hold 𝒜-town" is UTF-16 [20,35) and code points [19,33).
        Assert.Equal($"{Id}text/{h}/quote/19-33/person-zoe-muller", ((Iri)quote).Value);
        Assert.Equal("we hold 𝒜-town", Value(graph.Quads, quote, Schema.Text));
        Assert.Equal(Id + "entity/person/zoe-muller", Value(graph.Quads, quote, Schema.SpokenByCharacter));
        Assert.Equal(Kgo.DirectQuote, Single(graph.Quads, quote, Kgo.QuoteTypeProperty));
        Assert.Equal("said", Value(graph.Quads, quote, Kgo.CueText));
        Assert.Equal("said", Value(graph.Quads, Single(graph.Quads, quote, Kgo.Cue), Nif.AnchorOf));
        Assert.Equal(Literal.Typed("0.9", Xsd.Decimal), Single(graph.Quads, quote, Kgo.Confidence));
        Assert.Equal(graph.Article, Single(graph.Quads, quote, Sem.AccordingTo));
        Assert.Contains(Iri.Unchecked(Id + "entity/place/a-town"), Objects(graph.Quads, quote, Schema.Mentions));
    }

    [Fact]
    public void Narrator_control_statement_has_a_shortcut_and_typed_time()
    {
        var graph = new FactMapper().Map(EmojiFixture.Result());
        var statement = Assert.Single(Subjects(graph.Quads, RdfVocabulary.Type, Kgo.ControlStatement));
        Assert.EndsWith("/control/group-the-rebels/place-a-town/captured", ((Iri)statement).Value, StringComparison.Ordinal);
        Assert.Equal(Literal.Typed("2019", Iri.Unchecked(Xsd.Namespace + "gYear")), Single(graph.Quads, statement, Kgo.NormalizedTime));
        Assert.Equal("in 2019", Value(graph.Quads, statement, Kgo.TimeExpression));
        Assert.Equal(graph.Article, Single(graph.Quads, statement, Sem.AccordingTo));
        Assert.Contains(graph.Quads, q => q.Subject.Equals(Iri.Unchecked(Id + "entity/group/the-rebels"))
            && q.Predicate.Equals(Kgo.CapturedProperty) && q.Obj.Equals(Iri.Unchecked(Id + "entity/place/a-town")));
    }

    [Theory]
    [InlineData(ControlStatus.Claims, null, "party", "claimsControlOf")]
    [InlineData(ControlStatus.Captured, "g", "party", "claimsControlOf")]
    [InlineData(ControlStatus.Captured, "p", "speaker", null)]
    [InlineData(ControlStatus.Controls, null, "article", "controls")]
    [InlineData(ControlStatus.DeFacto, null, "article", "hasDeFactoControlOf")]
    [InlineData(ControlStatus.Besieges, null, "article", "besieges")]
    [InlineData(ControlStatus.Lost, null, "article", "lost")]
    [InlineData(ControlStatus.Recaptured, null, "article", "recaptured")]
    public void Who_asserts_a_control_statement_decides_its_shortcut(ControlStatus status, string? assertedBy, string accordingTo, string? shortcut)
    {
        var r = EmojiFixture.Result();
        r = r with { Controls = [r.Controls[0] with { Status = status, AssertedById = assertedBy }] };
        var graph = new FactMapper().Map(r);
        var statement = Assert.Single(Subjects(graph.Quads, RdfVocabulary.Type, Kgo.ControlStatement));
        var expectedSource = accordingTo switch
        {
            "party" => Iri.Unchecked(Id + "entity/group/the-rebels"),
            "speaker" => Iri.Unchecked(Id + "entity/person/zoe-muller"),
            _ => graph.Article,
        };
        Assert.Equal(expectedSource, Single(graph.Quads, statement, Sem.AccordingTo));
        var shortcuts = graph.Quads.Where(q => q.Subject.Equals(Iri.Unchecked(Id + "entity/group/the-rebels"))
            && q.Obj.Equals(Iri.Unchecked(Id + "entity/place/a-town"))).Select(q => ((Iri)q.Predicate).Value).ToList();
        Assert.Equal(shortcut is null ? [] : [Kgo.Namespace + shortcut], shortcuts);
    }

    [Fact]
    public void A_claim_inside_the_speakers_quotation_is_stated_in_it()
    {
        var graph = new FactMapper().Map(Seed.Value);
        var claim = Iri.Unchecked($"{Id}text/{SeedHash}/control/wd-Q227/place-nagorno-karabakh/claims");
        Assert.Equal(Id + "entity/wd/Q227", Value(graph.Quads, claim, Sem.AccordingTo));
        Assert.Equal($"{Id}text/{SeedHash}/quote/628-721/wd-Q227", Value(graph.Quads, claim, Kgo.StatedIn));
        Assert.Contains(graph.Quads, q => q.Subject.Equals(Iri.Unchecked(Id + "entity/place/nagorno-karabakh"))
            && q.Predicate.Equals(Schema.ContainedInPlace) && q.Obj.Equals(Iri.Unchecked(Id + "entity/wd/Q227")));
    }

    [Fact]
    public void Role_becomes_membership_post_and_holds_shortcut()
    {
        var graph = new FactMapper().Map(Seed.Value);
        var person = Iri.Unchecked(Id + "entity/person/nikol-pashinyan");
        var post = Iri.Unchecked(Id + "post/wd-Q399/prime-minister");
        Assert.Contains(post, Objects(graph.Quads, person, Org.Holds));
        Assert.Equal(Id + "entity/wd/Q399", Value(graph.Quads, post, Org.PostIn));
        Assert.Equal("prime minister (Armenia)", Value(graph.Quads, post, Rdfs.Label));
        Assert.Equal("prime minister", Value(graph.Quads, Single(graph.Quads, post, Org.RoleProperty), Skos.PrefLabel));
        var membership = Iri.Unchecked($"{Id}text/{SeedHash}/role/person-nikol-pashinyan/prime-minister");
        Assert.Equal("Prime Minister", Value(graph.Quads, membership, Kgo.RoleText));
        Assert.Equal(person, Single(graph.Quads, membership, Org.Member));
        Assert.Equal("Armenian Prime Minister Nikol Pashinyan", Value(graph.Quads, Single(graph.Quads, membership, Kgo.Evidence), Nif.AnchorOf));
    }

    [Fact]
    public void Provenance_names_the_run_and_extractor_version_without_clock_time()
    {
        var graph = new FactMapper().Map(EmojiFixture.Result("2.1.0+build 7"));
        var run = (Iri)Single(graph.Quads, graph.GraphName, Prov.WasGeneratedBy);
        Assert.Matches("/run/[0-9a-f]{16}/2.1.0%2Bbuild%207/[0-9a-f]{8}$", run.Value);
        Assert.Equal("2.1.0+build 7", Value(graph.Quads, run, Kgo.ExtractorVersion));
        var agent = Single(graph.Quads, run, Prov.WasAssociatedWith);
        Assert.Equal("2.1.0+build 7", Value(graph.Quads, agent, Schema.SoftwareVersion));
        Assert.Equal(graph.Article, Single(graph.Quads, graph.GraphName, Prov.WasDerivedFrom));
    }

    [Fact]
    public void Article_with_a_url_is_keyed_by_its_canonical_url()
    {
        var r = EmojiFixture.Result();
        var a = new FactMapper().Map(r with { Article = r.Article with { Url = "https://Example.org/news/1?utm_source=x&id=3#top" } });
        var b = new FactMapper().Map(r with { Article = r.Article with { Url = "https://example.org/news/1?id=3", Text = r.Article.Text } });
        Assert.Equal(a.GraphName, b.GraphName);
        Assert.NotEqual(new FactMapper().Map(r).GraphName, a.GraphName);
    }

    [Fact]
    public void Text_can_be_left_out_while_fact_spans_keep_their_anchors()
    {
        var graph = new FactMapper(new MappingOptions { IncludeText = false }).Map(EmojiFixture.Result());
        Assert.DoesNotContain(graph.Quads, q => q.Predicate.Equals(Nif.IsString));
        var quote = Assert.Single(Subjects(graph.Quads, RdfVocabulary.Type, Schema.Quotation));
        Assert.Equal("we hold 𝒜-town", Value(graph.Quads, Single(graph.Quads, quote, Kgo.Content), Nif.AnchorOf));
    }

    [Fact]
    public void Inconsistent_facts_are_reported_with_the_article_and_the_fact()
    {
        var r = EmojiFixture.Result();
        var unknown = r with { Quotations = [r.Quotations[0] with { SpeakerId = "nobody" }] };
        var e = Assert.Throws<ArgumentException>(() => new FactMapper().Map(unknown));
        Assert.Contains("emoji: quotation at", e.Message, StringComparison.Ordinal);
        Assert.Contains("'nobody'", e.Message, StringComparison.Ordinal);

        // Offset 1 is inside the surrogate pair of the leading emoji.
        var split = r with { Quotations = [r.Quotations[0] with { Content = new TextSpan(1, 5) }] };
        Assert.Contains("surrogate", Assert.Throws<ArgumentException>(() => new FactMapper().Map(split)).Message, StringComparison.Ordinal);

        var outside = r with { Roles = [new RoleFact { PersonId = "p", Role = "mayor", Evidence = new TextSpan(0, 999) }] };
        Assert.Contains("outside the text", Assert.Throws<ArgumentException>(() => new FactMapper().Map(outside)).Message, StringComparison.Ordinal);
    }
}
