namespace KnowledgeGraph.Store.Encoding;

/// <summary>A quad of encoded terms; <see cref="G"/> is <see cref="EncodedTerm.DefaultGraph"/> for the default graph.</summary>
internal readonly record struct EncodedQuad(EncodedTerm S, EncodedTerm P, EncodedTerm O, EncodedTerm G)
{
    public bool IsDefaultGraph => G.Type == TermType.DefaultGraph;

    public EncodedTerm this[int position] => position switch
    {
        0 => S,
        1 => P,
        2 => O,
        _ => G,
    };
}
