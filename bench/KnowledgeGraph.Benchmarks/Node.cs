using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Benchmarks;

/// <summary>An object in a generated description: a term, or an anonymous node with its own properties.</summary>
internal sealed record Node(Term? Term, List<(Iri Predicate, Node Object)>? Properties)
{
    public static implicit operator Node(Term term) => new(term, null);

    public static Node Anonymous(List<(Iri Predicate, Node Object)> properties) => new(null, properties);

    public int TripleCount => Properties is null ? 0 : Properties.Sum(p => 1 + p.Object.TripleCount);
}
