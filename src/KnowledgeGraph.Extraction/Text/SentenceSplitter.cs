using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits a token stream into sentences. Line breaks always end a sentence (headlines, captions, paragraphs);
/// a blank line starts a new paragraph. Abbreviations ("Sept.", "Mr.", "Gen.", initials) do not end a sentence,
/// but a dotted acronym ("U.S.") does when the next word clearly starts a new sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens, Lexicon lexicon, CancellationToken cancellationToken)
    {
        var sentences = new List<Sentence>();
        if (tokens.Count == 0)
        {
            return sentences;
        }

        var paragraph = 0;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var last = i == tokens.Count - 1;
            var breakAfter = last;
            var newParagraph = false;
            if (!last)
            {
                var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
                var newlines = gap.Count('\n');
                if (newlines > 0)
                {
                    breakAfter = true;
                    newParagraph = newlines > 1;
                }
                else if (EndsSentence(tokens, i, lexicon))
                {
                    breakAfter = true;
                }
            }

            // Hard cap so that a text without punctuation still gets bounded sentences.
            if (!breakAfter && i - first >= 400)
            {
                breakAfter = true;
            }

            if (breakAfter)
            {
                sentences.Add(new Sentence(sentences.Count, first, i + 1, tokens[first].Start, tokens[i].End, paragraph));
                first = i + 1;
                if (newParagraph)
                {
                    paragraph++;
                }
            }
        }

        return sentences;
    }

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i, Lexicon lexicon)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        if (token.Kind == TokenKind.Quote || (token.Kind == TokenKind.Punctuation && token.Value is ")" or "]"))
        {
            // A closing mark after final punctuation: "... world." Next
            var prev = i > 0 ? tokens[i - 1] : default;
            return prev.Kind == TokenKind.Punctuation && prev.Value is "." or "!" or "?" or "..." && StartsSentence(next, lexicon)
                && !IsOpeningQuoteContext(tokens, i);
        }

        if (token.Kind == TokenKind.Punctuation && token.Value is "." or "!" or "?" or "\u2026" or "...")
        {
            if (next.Kind == TokenKind.Quote || (next.Kind == TokenKind.Punctuation && next.Value is ")" or "]"))
            {
                // Decide at the closing mark; but a quote that opens a new sentence after a space counts now.
                return next.Start > token.End && StartsSentence(next, lexicon);
            }

            return StartsSentence(next, lexicon) && !(token.Value == "..." && next.Kind == TokenKind.Word && !next.IsCapitalized);
        }

        if (token.Kind == TokenKind.Word && token.Value.EndsWith('.') && token.Value.Length > 1)
        {
            // Dotted acronym at the end of a sentence: "... in the U.S. The next day ..."
            var bare = token.Value;
            var isTitle = lexicon.Abbreviations.Contains(bare) && !lexicon.Stopwords.Contains(bare);
            if (isTitle || bare.Length <= 2)
            {
                return false;
            }

            return next.IsCapitalized && lexicon.Stopwords.Contains(next.Value) && !lexicon.NameAdjectives.Contains(next.Value);
        }

        return false;
    }

    private static bool StartsSentence(Token next, Lexicon lexicon) =>
        next.Kind == TokenKind.Quote || next.Kind == TokenKind.Number
        || (next.Kind == TokenKind.Word && (next.IsCapitalized || !char.IsLetter(next.Value[0])))
        || (next.Kind == TokenKind.Punctuation && next.Value is "(" or "[" or "-" or "\u2014");

    private static bool IsOpeningQuoteContext(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Quote && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End;
}
