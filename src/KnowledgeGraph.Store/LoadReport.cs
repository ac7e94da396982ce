namespace KnowledgeGraph.Store;

/// <summary>The outcome of a bulk load.</summary>
/// <param name="QuadsRead">Quads read from the input.</param>
/// <param name="QuadsAdded">Quads that were new to the store.</param>
/// <param name="Duplicates">Quads already present (in the store or earlier in the input).</param>
/// <param name="Batches">Batches committed.</param>
/// <param name="Errors">Bad statements, with positions.</param>
/// <param name="Elapsed">Wall-clock time of the load.</param>
/// <param name="Completed">False when an error (in strict mode) or cancellation stopped the load early; the batches
/// committed before are kept, and running the same load again completes it.</param>
public sealed record LoadReport(long QuadsRead, long QuadsAdded, long Duplicates, long Batches, IReadOnlyList<LoadError> Errors, TimeSpan Elapsed, bool Completed)
{
    public double QuadsPerSecond => Elapsed.TotalSeconds > 0 ? QuadsRead / Elapsed.TotalSeconds : 0;
}
