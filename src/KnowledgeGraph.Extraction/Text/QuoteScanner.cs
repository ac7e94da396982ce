namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly and straight double quotes, guillemets, and single curly
/// quotes. Nested quotes stay inside their outer quote; a quote left open at the end of a paragraph ends there
/// (the news convention for quotes running over several paragraphs); stray closing marks are ignored.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var quotes = new List<QuoteSpan>();
        var p = 0;
        while (p < sentences.Count)
        {
            var q = p;
            while (q + 1 < sentences.Count && sentences[q + 1].Paragraph == sentences[p].Paragraph)
            {
                q++;
            }

            ScanParagraph(text, tokens, sentences[p].FirstToken, sentences[q].EndToken, sentences[p].Paragraph, quotes);
            p = q + 1;
        }

        return quotes;
    }

    private static void ScanParagraph(string text, IReadOnlyList<Token> tokens, int first, int end, int paragraph,
        List<QuoteSpan> quotes)
    {
        var stack = new List<(int Token, bool Double)>();
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var c = token.Value[0];
            var spaceBefore = token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]) || "([{\u2014-:".Contains(text[token.Start - 1]);
            var spaceAfter = token.End >= text.Length || char.IsWhiteSpace(text[token.End]) || ".,;:!?)]".Contains(text[token.End]);
            switch (c)
            {
                case '\u201C' or '\u201E' or '\u00AB':
                    // An opening mark typed where a quote ends ('decision.\u201C However'): it closes the open one.
                    if (c == '\u201C' && !spaceBefore && spaceAfter && stack.Exists(s => s.Double))
                    {
                        Close(stack, true, i, tokens, paragraph, quotes);
                    }
                    else
                    {
                        stack.Add((i, true));
                    }

                    break;
                case '\u201D' or '\u00BB':
                    Close(stack, true, i, tokens, paragraph, quotes);
                    break;
                case '"':
                    var openDouble = stack.FindLastIndex(s => s.Double);
                    if (openDouble < 0)
                    {
                        stack.Add((i, true));
                    }
                    else if (spaceBefore && !spaceAfter)
                    {
                        // An opening-shaped mark while a quote is open: the earlier quote was never closed.
                        var open = stack[openDouble].Token;
                        stack.RemoveRange(openDouble, stack.Count - openDouble);
                        if (stack.Count == 0)
                        {
                            Add(tokens, open, -1, open + 1, i, paragraph, quotes);
                        }

                        stack.Add((i, true));
                    }
                    else
                    {
                        Close(stack, true, i, tokens, paragraph, quotes);
                    }

                    break;
                case '\u2018':
                    stack.Add((i, false));
                    break;
                case '\u2019':
                    if (stack.Count > 0 && !stack[^1].Double)
                    {
                        Close(stack, false, i, tokens, paragraph, quotes);
                    }

                    break;
            }
        }

        // A double quote still open runs to the end of the paragraph.
        var outer = stack.FindIndex(s => s.Double);
        if (outer >= 0)
        {
            var open = stack[outer].Token;
            Add(tokens, open, -1, open + 1, end, paragraph, quotes);
        }
    }

    private static void Close(List<(int Token, bool Double)> stack, bool isDouble, int close,
        IReadOnlyList<Token> tokens, int paragraph, List<QuoteSpan> quotes)
    {
        var at = stack.FindLastIndex(s => s.Double == isDouble);
        if (at < 0)
        {
            return;
        }

        var open = stack[at].Token;
        stack.RemoveRange(at, stack.Count - at);
        // Only outermost quotes become items; single-quoted top-level spans need at least two words.
        if (stack.Count == 0 && (isDouble || close - open > 2))
        {
            Add(tokens, open, close, open + 1, close, paragraph, quotes);
        }
    }

    private static void Add(IReadOnlyList<Token> tokens, int open, int close, int firstToken, int endToken,
        int paragraph, List<QuoteSpan> quotes)
    {
        if (endToken <= firstToken)
        {
            return;
        }

        var start = tokens[firstToken].Start;
        var endChar = tokens[endToken - 1].End;
        // Drop a trailing comma that belongs to the attribution.
        while (endToken > firstToken && tokens[endToken - 1].Kind == TokenKind.Punctuation && tokens[endToken - 1].Value is "," or ";")
        {
            endToken--;
            endChar = endToken > firstToken ? tokens[endToken - 1].End : start;
        }

        if (endChar <= start)
        {
            return;
        }

        quotes.Add(new QuoteSpan(quotes.Count, open, close, firstToken, endToken, start, endChar, paragraph));
    }
}
