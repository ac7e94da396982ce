namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>What an update graph management operation acts on.</summary>
public enum GraphTargetKind
{
    /// <summary>The default graph.</summary>
    Default,

    /// <summary>One named graph (<see cref="GraphTarget.Graph"/>).</summary>
    Graph,

    /// <summary>All named graphs.</summary>
    Named,

    /// <summary>The default graph and all named graphs.</summary>
    All,
}
