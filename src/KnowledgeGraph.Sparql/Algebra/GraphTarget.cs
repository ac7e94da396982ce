using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The target of CLEAR, DROP, ADD, MOVE or COPY.</summary>
public sealed record GraphTarget(GraphTargetKind Kind, Iri? Graph)
{
    public static GraphTarget Default { get; } = new(GraphTargetKind.Default, null);

    public static GraphTarget Named(Iri graph) => new(GraphTargetKind.Graph, graph);
}
