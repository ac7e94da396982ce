namespace KnowledgeGraph.PropertyGraph;

/// <summary>Options of <see cref="PropertyGraphProjection"/>.</summary>
public sealed record ProjectionOptions
{
    public static ProjectionOptions Default { get; } = new();

    /// <summary>The label every node carries (neosemantics uses <c>Resource</c>, with a unique constraint on <c>uri</c>).</summary>
    public string ResourceLabel { get; init; } = "Resource";

    /// <summary>The property that names the graph of per-graph nodes and of relationships.</summary>
    public string GraphProperty { get; init; } = "graph";
}
