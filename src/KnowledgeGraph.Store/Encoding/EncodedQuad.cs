namespace KnowledgeGraph.Store.Encoding;

/// <summary>A quad of encoded terms; <see cref="G"/> is <see cref="EncodedTerm.DefaultGraph"/> for the default graph.</summary>
internal readonly record struct EncodedQuad(EncodedTerm S, EncodedTerm P, EncodedTerm O, EncodedTerm G)
{
    public bool IsDefaultGraph => G.Type == TermType.DefaultGraph;

    public bool Equals(EncodedQuad other) => S.Equals(other.S) && P.Equals(other.P) && O.Equals(other.O) && G.Equals(other.G);

    public override int GetHashCode()
    {
        unchecked
        {
            int h = S.GetHashCode();
            h = (h * 31) + P.GetHashCode();
            h = (h * 31) + O.GetHashCode();
            return (h * 31) + G.GetHashCode();
        }
    }

    public EncodedTerm this[int position] => position switch
    {
        0 => S,
        1 => P,
        2 => O,
        _ => G,
    };
}
