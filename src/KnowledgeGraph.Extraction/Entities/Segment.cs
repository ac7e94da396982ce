using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A classified piece of a capitalised run: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
internal sealed class Segment(int first, int end, SegmentKind kind)
{
    public int First { get; } = first;

    public int End { get; } = end;

    public SegmentKind Kind { get; set; } = kind;

    public PhraseEntry? Entry { get; set; }

    /// <summary>The token index where the whole capitalised run starts and ends.</summary>
    public int RunFirst { get; init; }

    public int RunEnd { get; init; }

    public double Confidence { get; set; } = 0.9;

    public override string ToString() => $"{Kind}[{First},{End})";
}
