namespace KnowledgeGraph.Rdf;

/// <summary>An RDF triple. Positions are typed <see cref="Term"/> so that generalised patterns can share the type;
/// readers only produce well-formed triples (IRI or blank subject, IRI predicate).</summary>
public readonly record struct Triple(Term Subject, Term Predicate, Term Obj)
{
    /// <summary>The object (named <c>Obj</c> in the constructor because <c>Object</c> is a keyword in some languages).</summary>
    public Term Object => Obj;

    /// <summary>This triple placed in a graph.</summary>
    public Quad InGraph(Term graph) => new(Subject, Predicate, Obj, graph);

    public override string ToString() => $"{Subject} {Predicate} {Obj} .";
}
