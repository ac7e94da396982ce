using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Tests;

public sealed class TermCodecTests
{
    [Fact]
    public void Every_term_decodes_to_an_equal_term_and_equal_terms_encode_alike()
    {
        var stored = new Dictionary<EncodedTerm, byte[]>();
        var strings = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s));
        var terms = Gen.OneOf(
            strings.Select(s => (Term)Literal.Create(s)),
            strings.Select(s => (Term)Iri.Unchecked("http://e/" + s)),
            strings.Where(s => s.Length > 0).Select(s => (Term)new BlankNode(s)),
            ArbMap.Default.GeneratorFor<long>().Select(n => (Term)Literal.Integer(n)),
            strings.Select(s => (Term)Literal.Typed(s, Xsd.Integer)),
            strings.Select(s => (Term)Literal.LanguageTagged(s, "en-GB")));
        Prop.ForAll(terms.ToArbitrary(), term =>
        {
            var encoded = TermCodec.Encode(term, (id, value) => stored[id] = value);
            var decoded = TermCodec.Decode(encoded, id => stored[id]);
            return decoded.Equals(term) && TermCodec.Encode(decoded, null) == encoded;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Language_tags_differing_in_case_share_an_id_and_keep_their_written_case()
    {
        var stored = new Dictionary<EncodedTerm, byte[]>();
        var upper = TermCodec.Encode(Literal.LanguageTagged("colour", "EN-GB"), (id, value) => stored[id] = value);
        var lower = TermCodec.Encode(Literal.LanguageTagged("colour", "en-gb"), null);
        Assert.Equal(upper, lower);
        Assert.Equal("EN-GB", ((Literal)TermCodec.Decode(upper, id => stored[id])).Language);
    }

    [Fact]
    public void Short_values_are_inline_and_long_ones_hashed()
    {
        Assert.Equal(TermType.IriInline, TermCodec.Encode(Iri.Unchecked("http://a.b/c"), null).Type);
        Assert.Equal(TermType.IriHashed, TermCodec.Encode(Iri.Unchecked("http://example.org/longer"), null).Type);
        Assert.Equal(TermType.IntegerInline, TermCodec.Encode(Literal.Integer(-5), null).Type);
        Assert.Equal(TermType.LiteralHashed, TermCodec.Encode(Literal.Typed("007", Xsd.Integer), null).Type);
        Assert.Equal(TermType.StringHashed, TermCodec.Encode(Literal.Create("nul\0"), null).Type);
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
