namespace KnowledgeGraph.Store.Encoding;

/// <summary>A quad of encoded terms; <see cref="G"/> is <see cref="EncodedTerm.DefaultGraph"/> for the default graph.</summary>
/// <remarks>Fields rather than properties, so that sorting can compare terms by reference without copying them.</remarks>
internal readonly struct EncodedQuad(EncodedTerm s, EncodedTerm p, EncodedTerm o, EncodedTerm g) : IEquatable<EncodedQuad>
{
    public readonly EncodedTerm S = s;
    public readonly EncodedTerm P = p;
    public readonly EncodedTerm O = o;
    public readonly EncodedTerm G = g;

    public bool IsDefaultGraph => G.Type == TermType.DefaultGraph;

    public EncodedTerm this[int position]
    {
        // Called for every position of every key written; a call per term showed in load profiles.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => position switch
        {
            0 => S,
            1 => P,
            2 => O,
            _ => G,
        };
    }

    public static bool operator ==(EncodedQuad left, EncodedQuad right) => left.Equals(right);

    public static bool operator !=(EncodedQuad left, EncodedQuad right) => !left.Equals(right);

    public bool Equals(EncodedQuad other) => S.Equals(other.S) && P.Equals(other.P) && O.Equals(other.O) && G.Equals(other.G);

    public override bool Equals(object? obj) => obj is EncodedQuad other && Equals(other);

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
}
