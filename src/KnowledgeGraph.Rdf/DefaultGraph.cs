namespace KnowledgeGraph.Rdf;

/// <summary>The default graph, as the graph name of a quad that belongs to no named graph.</summary>
public sealed class DefaultGraph : Term
{
    private DefaultGraph() : base(0x5eed) { }

    public static DefaultGraph Instance { get; } = new();

    public override TermKind Kind => TermKind.DefaultGraph;

    public override bool Equals(Term? other) => other is DefaultGraph;

    public override string ToString() => "DEFAULT";
}
