namespace KnowledgeGraph.Extraction.Facts;

/// <summary>One place in the text that refers to an entity. <see cref="Text"/> equals the spanned text.</summary>
public sealed record Mention(TextSpan Span, string Text, MentionKind Kind, double Confidence)
{
    /// <summary>A demonym or adjective standing for the entity ("Azeri", "Armenian"), not a name in its own right.</summary>
    public bool IsAdjectival { get; init; }

    /// <summary>
    /// The whole name phrase when it is longer than <see cref="Span"/>: a person's name with the title or office
    /// written in front of it ("Prime Minister Nouri al-Maliki", "Mr Key"); otherwise null.
    /// </summary>
    public TextSpan? FullSpan { get; init; }
}
