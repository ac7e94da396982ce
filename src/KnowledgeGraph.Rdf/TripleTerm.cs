namespace KnowledgeGraph.Rdf;

/// <summary>An RDF 1.2 triple term: a triple used as the object of another triple.</summary>
public sealed class TripleTerm : Term
{
    public TripleTerm(Triple triple) : base(HashCode.Combine(TermKind.TripleTerm, triple.GetHashCode())) => Triple = triple;

    public Triple Triple { get; }

    public override TermKind Kind => TermKind.TripleTerm;

    public override bool Equals(Term? other) => ReferenceEquals(this, other) || (other is TripleTerm o && _hash == o._hash && Triple.Equals(o.Triple));

    public override string ToString() => "<<( " + Triple.Subject + " " + Triple.Predicate + " " + Triple.Object + " )>>";
}
