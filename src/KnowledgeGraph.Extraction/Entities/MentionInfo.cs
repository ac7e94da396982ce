using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One mention of an entity: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
internal sealed record MentionInfo(int FirstToken, int EndToken, int Start, int End, MentionKind Kind, EntityInfo Entity)
{
    /// <summary>A demonym used as an adjective ("Azeri") or a possessive determiner; not a name mention for NER scoring.</summary>
    public bool Adjectival { get; init; }

    public double Confidence { get; init; } = 0.9;

    /// <summary>Character offset where the name phrase with its title starts, when before <see cref="Start"/>.</summary>
    public int FullStart { get; init; } = -1;

    /// <summary>The first token of the name phrase with its title ("President" in "President John Kerry").</summary>
    public int FullFirstToken { get; init; } = -1;

    /// <summary>Where the phrase starts: its title when it has one, else the name.</summary>
    public int PhraseFirstToken => FullFirstToken >= 0 ? FullFirstToken : FirstToken;
}
