using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>Small lookups over mapped quads.</summary>
internal static class GraphAssert
{
    public static IEnumerable<Term> Objects(IEnumerable<Quad> quads, Term subject, Iri predicate) =>
        quads.Where(q => q.Subject.Equals(subject) && q.Predicate.Equals(predicate)).Select(q => q.Obj);

    public static IEnumerable<Term> Subjects(IEnumerable<Quad> quads, Iri predicate, Term obj) =>
        quads.Where(q => q.Predicate.Equals(predicate) && q.Obj.Equals(obj)).Select(q => q.Subject);

    public static Term Single(IEnumerable<Quad> quads, Term subject, Iri predicate) => Assert.Single(Objects(quads, subject, predicate));

    public static string Value(IEnumerable<Quad> quads, Term subject, Iri predicate) =>
        Single(quads, subject, predicate) switch
        {
            Literal l => l.Value,
            Iri i => i.Value,
            var t => t.ToString(),
        };
}
