using KnowledgeGraph.Mapping.Iris;

namespace KnowledgeGraph.Mapping.Tests.Iris;

public sealed class IriPartsTests
{
    [Theory]
    [InlineData("Nagorno-Karabakh", "nagorno-karabakh")]
    [InlineData("Zoë Müller", "zoe-muller")]
    [InlineData("  Ilham   Aliyev ", "ilham-aliyev")]
    [InlineData("Azerbaijan's president", "azerbaijans-president")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Straße & Łódź", "strasse-lodz")]
    [InlineData("Æsir / Þór", "aesir-thor")]
    [InlineData("São Tomé and Príncipe", "sao-tome-and-principe")]
    [InlineData("𝒜-town", "a-town")]
    [InlineData("AFP", "afp")]
    public void Slug_is_ascii_folded_lower_case_with_hyphens(string name, string slug) => Assert.Equal(slug, Slug.Of(name));

    [Fact]
    public void Names_without_latin_letters_get_a_stable_hashed_slug()
    {
        string arabic = Slug.Of("القاهرة");
        Assert.Matches("^x-[0-9a-f]{12}$", arabic);
        Assert.Equal(arabic, Slug.Of("القاهرة"));
        Assert.NotEqual(arabic, Slug.Of("北京"));
        Assert.True(Slug.IsHashed(arabic));
        Assert.False(Slug.IsHashed("x-men"));
    }

    [Fact]
    public void Code_point_offsets_skip_the_second_half_of_surrogate_pairs()
    {
        const string Text = "a😀b𝒜c";
        var index = new CodePointIndex(Text);
        Assert.Equal(5, index.Length);
        Assert.Equal([0, 1, 2, 3, 4, 5], new[] { 0, 1, 3, 4, 6, 7 }.Select(index.ToCodePoints));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.ToCodePoints(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.ToCodePoints(8));
        Assert.Equal([0, 1, 3, 4, 6, 7], new[] { 0, 1, 2, 3, 4, 5 }.Select(cp => CodePointIndex.ToUtf16(Text, cp)));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_code_point()
    {
        string text = "a\ud800b";
        var index = new CodePointIndex(text);
        Assert.Equal(3, index.Length);
        Assert.Equal(2, index.ToCodePoints(2));
    }

    [Fact]
    public void Text_hash_ignores_line_ending_and_normalisation_form()
    {
        string composed = "Zoë\nsaid";
        string decomposed = "Zoe\u0308\r\nsaid";
        Assert.Equal(TextHash.OfArticleText(composed), TextHash.OfArticleText(decomposed));
        Assert.Matches("^[0-9a-f]{16}$", TextHash.OfArticleText(composed));
    }

    [Theory]
    [InlineData("https://Example.ORG/a/b?utm_source=x&id=3&fbclid=y#frag", "https://example.org/a/b?id=3")]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    [InlineData("https://example.org:8443/a?UTM_medium=z", "https://example.org:8443/a")]
    [InlineData("ftp://example.org/a", null)]
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void Canonical_url_drops_what_does_not_name_the_article(string? url, string? canonical) =>
        Assert.Equal(canonical, ArticleKey.CanonicalUrl(url));

    [Fact]
    public void Version_segments_are_percent_encoded()
    {
        Assert.Equal("1.2.0", IriMinter.Segment("1.2.0"));
        Assert.Equal("1.2%2Bbuild%207%2Fx", IriMinter.Segment("1.2+build 7/x"));
        Assert.Equal("_", IriMinter.Segment(""));
    }
}
