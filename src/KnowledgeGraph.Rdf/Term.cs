namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF term: <see cref="Iri"/>, <see cref="BlankNode"/>, <see cref="Literal"/>, <see cref="TripleTerm"/>
/// (RDF 1.2), or the <see cref="DefaultGraph"/> marker used in the graph position of a quad.
/// Terms are immutable values with structural equality and a hash computed once.
/// </summary>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private protected readonly int _hash;

    private protected Term(int hash) => _hash = hash;

    /// <summary>The kind of term, used for ordering and fast dispatch.</summary>
    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;
    public bool IsBlankNode => Kind == TermKind.BlankNode;
    public bool IsLiteral => Kind == TermKind.Literal;

    public abstract bool Equals(Term? other);

    public sealed override bool Equals(object? obj) => obj is Term t && Equals(t);

    public sealed override int GetHashCode() => _hash;

    /// <summary>A total order: default graph, blank nodes, IRIs, literals, triple terms; then by value.</summary>
    public int CompareTo(Term? other) => TermComparer.Instance.Compare(this, other);

    /// <summary>The term in N-Triples / N-Quads syntax.</summary>
    public abstract override string ToString();

    public static bool operator ==(Term? left, Term? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Term? left, Term? right) => !(left == right);
}

/// <summary>The kinds of <see cref="Term"/>, in the order used by <see cref="TermComparer"/>.</summary>
public enum TermKind : byte
{
    DefaultGraph = 0,
    BlankNode = 1,
    Iri = 2,
    Literal = 3,
    TripleTerm = 4,
}
