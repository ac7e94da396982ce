namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A quotation-marked stretch of text. Content offsets exclude the marks and a trailing comma; tokens
/// [<see cref="FirstToken"/>, <see cref="EndToken"/>) lie inside the marks. <see cref="OpenToken"/> and
/// <see cref="CloseToken"/> are the marks' token indexes, or -1 when a mark is missing (unbalanced quotes).
/// </summary>
internal sealed record QuoteSpan(int Index, int OpenToken, int CloseToken, int FirstToken, int EndToken, int ContentStart,
    int ContentEnd, int Paragraph);
