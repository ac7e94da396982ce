using System.Globalization;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers, punctuation and quotation marks with exact UTF-16 offsets. Possessive "'s" is a
/// token of its own; dotted acronyms ("U.S."), initials ("J.") and known abbreviations keep their period.
/// </summary>
internal static class Tokenizer
{
    /// <summary>
    /// Splits <paramref name="text"/> into tokens; <paramref name="periodWords"/> are the words whose period belongs to
    /// them ("Mr", "Gen", "Sept": the lexicon's abbreviations).
    /// </summary>
    public static List<Token> Tokenize(string text, IReadOnlySet<string> periodWords, CancellationToken cancellationToken = default)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            // "the Houthis' chief negotiator": a plural's possessive mark, read as "'s" is.
            if (c is '\'' or '\u2019' && PluralPossessive(text, i))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Word, "'s"));
                i++;
                continue;
            }

            if (IsQuoteChar(text, i))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Quote, text.Substring(i, 1)));
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var end = ScanWord(text, i, periodWords);
                if (end - i == 2 && c == 'X' && tokens.Count > 0 && tokens[^1].Value is "on" or "via")
                {
                    // "wrote on X.": the platform ends the sentence; it is no initial.
                    end = i + 1;
                }

                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(i, end, kind, text[i..end]));
                i = end;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                var end = i + 1 < n && char.IsSurrogatePair(c, text[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new Token(i, end, TokenKind.Punctuation, text[i..end]));
                i = end;
                continue;
            }

            if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                tokens.Add(new Token(i, i + 3, TokenKind.Punctuation, "..."));
                i += 3;
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= n || !char.IsLetterOrDigit(text[i + 2])) && i > 0 && char.IsLetter(text[i - 1]))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Word, text.Substring(i, 2)));
                i += 2;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, text.Substring(i, 1)));
            i++;
        }

        return tokens;
    }

    /// <summary>Straight double quotes, curly double quotes, guillemets, and single curly quotes not inside a word.</summary>
    public static bool IsQuoteChar(string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB':
                return true;
            case '\u2018':
                return true;
            case '\u2019':
                // An apostrophe inside a word is not a quotation mark; the quote scanner pairs the rest with an opening one.
                var before = i > 0 && char.IsLetterOrDigit(text[i - 1]);
                var after = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                return !(before && after);
            default:
                return false;
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    private static int ScanWord(string text, int start, IReadOnlySet<string> periodWords)
    {
        var n = text.Length;
        var i = start;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i + 1 < n && IsWordChar(text[i + 1]))
            {
                // Internal hyphens, apostrophes (not a possessive 's), slashes between digits, decimal points and
                // thousands separators between digits.
                if (c is '-' or '\u2011')
                {
                    i++;
                    continue;
                }

                if ((c == '\'' || c == '\u2019') && !IsPossessive(text, i))
                {
                    i++;
                    continue;
                }

                if ((c is '.' or ',' or ':' or '/') && i > start && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        if (i < n && text[i] == '.')
        {
            var word = text[start..i];
            // Initials and dotted acronyms: "J.", "U.S.", "a.m."
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                var j = i + 1;
                while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.')
                {
                    j += 2;
                }

                return j > i + 1 || char.IsUpper(word[0]) ? j : i;
            }

            if (periodWords.Contains(word))
            {
                return i + 1;
            }
        }

        return i;
    }

    // An apostrophe after a plural ("Houthis' ", "rebels' ") before another word, unless a single quotation opened
    // earlier on the line ends there ("the so-called 'rebels' said").
    private static bool PluralPossessive(string text, int i)
    {
        if (i < 2 || text[i - 1] != 's' || !char.IsLetter(text[i - 2]) || i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsLetter(text[i + 2]))
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && i - k < 300 && text[k] != '\n'; k--)
        {
            if (text[k] is '\'' or '\u2018' or '\u2019' && (k == 0 || !char.IsLetterOrDigit(text[k - 1])) && k + 1 < text.Length && char.IsLetter(text[k + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
