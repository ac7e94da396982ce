using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Tests;

/// <summary>FsCheck generators for datasets with awkward literals, blank nodes and named graphs.</summary>
internal static class RandomGraphs
{
    private static readonly string[] Fragments =
    [
        "a", "Zürich", "\"", "'", "\\", "\n", "\r\n", "\t", "😀", "𝄞", " ", "''", "\"\"\"", "#", "<>", "{}", "é", "\u0001", "\u007F", "\uFFFE", "日本", ".", "x y",
    ];

    private static readonly string[] Locals = ["a", "b.c", "x-y", "_u", "1", "p%20q", "Straße", "end.", "s/t", "q?r", "h#i", "(j)", ""];

    public static Gen<Term> IriGen { get; } =
        Gen.Elements("http://example.org/", "http://schema.org/", "urn:x:", "http://example.org/ns#")
            .SelectMany(ns => Gen.Elements(Locals).Select(l => (Term)Iri.Unchecked(ns + l)));

    public static Gen<Term> BlankGen { get; } = Gen.Choose(0, 5).Select(i => (Term)new BlankNode("b" + i));

    public static Gen<string> TextGen { get; } =
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
            Gen.Choose(200, 3000).Select(n => new string('l', n) + "\n" + new string('m', 10)));

    public static Gen<Term> LiteralGen { get; } = Gen.OneOf(
        TextGen.Select(s => (Term)Literal.Create(s)),
        TextGen.SelectMany(s => Gen.Elements("en", "en-GB", "de-CH-1996").Select(l => (Term)Literal.LanguageTagged(s, l))),
        TextGen.SelectMany(s => Gen.Elements("ltr", "rtl").Select(d => (Term)Literal.LanguageTagged(s, "ar", d))),
        Gen.Choose(-100000, 100000).Select(i => (Term)Literal.Integer(i)),
        Gen.Elements("1.5", "-0.25", ".5", "+3.0").Select(v => (Term)Literal.Typed(v, Xsd.Decimal)),
        Gen.Elements("1.0E0", "-2.5e-3", "INF", "NaN", "1e5").Select(v => (Term)Literal.Typed(v, Xsd.Double)),
        Gen.Elements("true", "false", "1").Select(v => (Term)Literal.Typed(v, Xsd.Boolean)),
        TextGen.Select(s => (Term)Literal.Typed(s, Iri.Unchecked("http://example.org/dt#custom"))));

    public static Gen<Quad> QuadGen(bool namedGraphs) =>
        from s in Gen.OneOf(IriGen, BlankGen)
        from p in IriGen
        from o in Gen.OneOf(IriGen, BlankGen, LiteralGen, LiteralGen)
        from g in namedGraphs ? Gen.OneOf(Gen.Constant((Term)DefaultGraph.Instance), IriGen, BlankGen) : Gen.Constant((Term)DefaultGraph.Instance)
        select new Quad(s, p, o, g);

    public static Arbitrary<Quad[]> Dataset(bool namedGraphs) => Gen.ArrayOf(QuadGen(namedGraphs)).ToArbitrary();
}
