namespace KnowledgeGraph.Extraction.Text;

/// <summary>A sentence: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and its paragraph number.</summary>
internal sealed record Sentence(int Index, int FirstToken, int EndToken, int Start, int End, int Paragraph);
