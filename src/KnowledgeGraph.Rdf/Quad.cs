namespace KnowledgeGraph.Rdf;

/// <summary>A triple in a graph: <see cref="Graph"/> is an IRI, a blank node, or <see cref="DefaultGraph.Instance"/>.</summary>
public readonly record struct Quad(Term Subject, Term Predicate, Term Obj, Term Graph)
{
    /// <summary>A quad in the default graph.</summary>
    public Quad(Term subject, Term predicate, Term obj) : this(subject, predicate, obj, DefaultGraph.Instance) { }

    public Term Object => Obj;

    public bool IsInDefaultGraph => Graph is DefaultGraph;

    public Triple Triple => new(Subject, Predicate, Obj);

    /// <summary>The quad in N-Quads syntax, with the final dot.</summary>
    public override string ToString() => IsInDefaultGraph ? $"{Subject} {Predicate} {Obj} ." : $"{Subject} {Predicate} {Obj} {Graph} .";
}
