namespace KnowledgeGraph.PropertyGraph;

/// <summary>
/// The result of <see cref="PropertyGraphProjection.Project"/>: nodes ordered by key, relationships ordered by
/// start, type, end and graph. Every relationship's endpoints are nodes of the graph.
/// </summary>
public sealed class ProjectedGraph
{
    public ProjectedGraph(IReadOnlyList<PgNode> nodes, IReadOnlyList<PgRelationship> relationships, IReadOnlyDictionary<string, PropertySchema> schema, long skippedQuads)
    {
        Nodes = nodes;
        Relationships = relationships;
        Schema = schema;
        SkippedQuads = skippedQuads;
    }

    public IReadOnlyList<PgNode> Nodes { get; }

    public IReadOnlyList<PgRelationship> Relationships { get; }

    /// <summary>The type and array-ness of every property key, the same for every node that has the key.</summary>
    public IReadOnlyDictionary<string, PropertySchema> Schema { get; }

    /// <summary>Quads that have no property-graph form (RDF 1.2 triple terms) and were left out.</summary>
    public long SkippedQuads { get; }
}
