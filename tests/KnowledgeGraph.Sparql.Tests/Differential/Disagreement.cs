using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.Differential;

/// <summary>A query on which our answer and Oxigraph's differ, with what the explanations need to check it.</summary>
internal sealed class Disagreement(DifferentialQuery query, Answer ours, Answer reference, InMemoryDataset canonicalData)
{
    private Answer? _oursOnCanonical;

    public DifferentialQuery Query { get; } = query;

    public Answer Ours { get; } = ours;

    public Answer Reference { get; } = reference;

    /// <summary>Our answer over the canonicalised data with the canonicalised query text.</summary>
    public Answer OursOnCanonical() => _oursOnCanonical ??= OxigraphDifferentialTests.Ours(
        canonicalData, Query with { Text = DifferentialDataset.CanonicalQuery(Query.Text) });
}
