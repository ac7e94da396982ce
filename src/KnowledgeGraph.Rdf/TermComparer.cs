namespace KnowledgeGraph.Rdf;

/// <summary>A total, culture-independent order over terms: by kind, then by ordinal string values.</summary>
public sealed class TermComparer : IComparer<Term>
{
    public static TermComparer Instance { get; } = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        // As numbers: Enum.CompareTo takes an object and would box both kinds on every comparison.
        int c = ((int)x.Kind).CompareTo((int)y.Kind);
        if (c != 0)
        {
            return c;
        }

        switch (x)
        {
            case Iri a:
                return string.CompareOrdinal(a.Value, ((Iri)y).Value);
            case BlankNode a:
                return string.CompareOrdinal(a.Label, ((BlankNode)y).Label);
            case Literal a:
                {
                    var b = (Literal)y;
                    c = string.CompareOrdinal(a.Value, b.Value);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = string.CompareOrdinal(a.Datatype.Value, b.Datatype.Value);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = string.Compare(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);
                    return c != 0 ? c : string.CompareOrdinal(a.Direction, b.Direction);
                }

            case TripleTerm a:
                {
                    var b = ((TripleTerm)y).Triple;
                    c = Compare(a.Triple.Subject, b.Subject);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = Compare(a.Triple.Predicate, b.Predicate);
                    return c != 0 ? c : Compare(a.Triple.Object, b.Object);
                }

            default:
                return 0;
        }
    }
}
