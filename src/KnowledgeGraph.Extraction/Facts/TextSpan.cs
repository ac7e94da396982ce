namespace KnowledgeGraph.Extraction.Facts;

/// <summary>A range of an article's text in UTF-16 code units (.NET string positions), end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The spanned text.</summary>
    public string Of(string text) => text[Start..End];

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start},{End})";
}
