namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A basic graph pattern; an empty one is the join identity (one empty solution).</summary>
public sealed record Bgp(IReadOnlyList<TriplePattern> Triples) : GraphPattern
{
    public static Bgp Empty { get; } = new(Array.Empty<TriplePattern>());
}
