namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The mention covering each token of a document. Reading before the first token or past the last gives none, as
/// <see cref="Document.TokenAt"/> gives an empty token there, so that rules looking around a word at the edge of a
/// text need no bounds checks of their own.
/// </summary>
internal sealed class MentionsByToken(int count)
{
    private readonly MentionInfo?[] mentions = new MentionInfo?[count];

    public MentionInfo? this[int token]
    {
        get => token >= 0 && token < mentions.Length ? mentions[token] : null;
        set => mentions[token] = value;
    }
}
