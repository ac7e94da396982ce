using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// The quads mapped from one article: everything lives in one named graph named after the article, so replacing
/// the graph replaces the article's whole contribution. <see cref="Quads"/> are in canonical N-Quads order.
/// </summary>
public sealed record ArticleGraph
{
    /// <summary>The named graph, <c>{base}graph/article/{key}</c>.</summary>
    public required Iri GraphName { get; init; }

    /// <summary>The article node, <c>{base}article/{key}</c>.</summary>
    public required Iri Article { get; init; }

    /// <summary>The quads, all in <see cref="GraphName"/>, sorted by their N-Quads line.</summary>
    public required IReadOnlyList<Quad> Quads { get; init; }

    /// <summary>Canonical N-Quads: one sorted line per quad, each ending with a newline.</summary>
    public string ToNQuads() => CanonicalNQuads.Write(Quads);

    /// <summary>A change set that replaces the article's graph with these quads (idempotent reload).</summary>
    public ChangeSet ToChangeSet() => ChangeSet.ReplaceGraph(GraphName, Quads);
}
