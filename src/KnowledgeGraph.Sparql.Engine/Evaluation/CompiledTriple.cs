using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>A triple pattern with variables resolved to slots (-1 for a constant position).</summary>
internal sealed record CompiledTriple(int S, Term? SConst, int P, Term? PConst, int O, Term? OConst)
{
    /// <summary>
    /// In a plan: the slots already bound when this pattern is reached, when it is joined through a hash table of
    /// its matches (read once) instead of one lookup per row; null for lookups.
    /// </summary>
    public int[]? ProbeSlots { get; init; }

    /// <summary>
    /// In a plan over an <see cref="IStarSource"/>: at the head of a run of patterns on one subject, bound by then,
    /// with constant predicates, the predicates of the whole run (this one first), read in one pass; else null.
    /// </summary>
    public Term[]? StarPredicates { get; init; }
}
