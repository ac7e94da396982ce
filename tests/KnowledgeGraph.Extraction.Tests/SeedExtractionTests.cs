using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class SeedExtractionTests
{
    internal const string Text =
        "Azerbaijan envisages an amnesty for Karabakh Armenian fighters who give up their arms, an Azeri presidential adviser told Reuters.\n\n" +
        "Azerbaijani President Ilham Aliyev on Wednesday said his iron fist had consigned the idea to history.\n\n" +
        "Hikmet Hajiyev, foreign policy adviser to Azerbaijan's president, told Reuters in a television interview that Baku envisaged an amnesty.\n\n" +
        "\"Even for them we are envisaging an amnesty,\" Hajiyev said.\n\n" +
        "Karabakh is internationally recognised as part of Azerbaijan.\n\n" +
        "Armenian Prime Minister Nikol Pashinyan said that Armenia was prepared to accept refugees from Nagorno-Karabakh.";

    private static readonly ExtractionResult Result = ExtractionTestHelper.Extract(Text, "seed", new DateOnly(2023, 9, 21));

    [Fact]
    public void Finds_people_with_titles_stripped_and_surnames_linked()
    {
        var aliyev = Result.Entities.Single(e => e.CanonicalName == "Ilham Aliyev");
        Assert.Equal(EntityType.Person, aliyev.Type);
        var hajiyev = Result.Entities.Single(e => e.CanonicalName == "Hikmet Hajiyev");
        Assert.Contains("Hajiyev", hajiyev.Aliases);
    }

    [Fact]
    public void Links_demonyms_and_capital_metonyms_to_the_country()
    {
        var az = Result.Entities.Single(e => e.CanonicalName == "Azerbaijan");
        Assert.Contains("Azeri", az.Aliases);
        Assert.Contains("Azerbaijani", az.Aliases);
        Assert.Contains("Baku", az.Aliases);
        Assert.Equal("AZ", az.ExternalIds.Iso3166);
        var karabakh = Result.Entities.Single(e => e.CanonicalName == "Nagorno-Karabakh");
        Assert.Contains("Karabakh", karabakh.Aliases);
    }

    [Fact]
    public void Attributes_direct_and_reported_speech()
    {
        var hajiyev = Result.Entities.Single(e => e.CanonicalName == "Hikmet Hajiyev").Id;
        var direct = Result.Quotations.Single(q => q.Direct);
        Assert.Equal(hajiyev, direct.SpeakerId);
        Assert.Equal("Even for them we are envisaging an amnesty", direct.Content.Of(Text));
        var told = Result.Quotations.Single(q => q.Content.Of(Text).StartsWith("Baku envisaged", StringComparison.Ordinal));
        Assert.Equal(hajiyev, told.SpeakerId);
        Assert.Equal("reuters", told.AddresseeId);
        // "an Azeri presidential adviser" is the adviser named later.
        var first = Result.Quotations.Single(q => q.Content.Of(Text).StartsWith("Azerbaijan envisages", StringComparison.Ordinal));
        Assert.Equal(hajiyev, first.SpeakerId);
    }

    [Fact]
    public void Finds_roles_with_their_country()
    {
        var pashinyan = Result.Entities.Single(e => e.CanonicalName == "Nikol Pashinyan").Id;
        var role = Result.Roles.Single(r => r.PersonId == pashinyan);
        Assert.Equal("Prime Minister", role.Role);
        Assert.Equal("armenia", role.OfId);
    }

    [Fact]
    public void Finds_sovereignty_statements()
    {
        var fact = Result.Controls.Single(c => c.Status == ControlStatus.PartOf);
        Assert.Equal("azerbaijan", fact.PartyId);
        Assert.Equal("nagorno_karabakh", fact.PlaceId);
    }

    [Fact]
    public void Every_fact_has_an_exact_evidence_span_and_a_confidence() => RobustnessTests.AssertSpansRoundTrip(Result);

    [Fact]
    public void Two_threads_extract_in_parallel_with_equal_results()
    {
        var results = new ExtractionResult[8];
        Parallel.For(0, results.Length, i => results[i] = ExtractionTestHelper.Extract(Text, "p" + i));
        foreach (var r in results)
        {
            Assert.Equal(Result.Quotations.Count, r.Quotations.Count);
            Assert.Equal(Result.Entities.Select(e => e.Id), r.Entities.Select(e => e.Id));
        }
    }
}
