namespace KnowledgeGraph.Extraction.Text;

/// <summary>One token with its UTF-16 span. <see cref="Value"/> is the spanned text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Value)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the token starts with an upper-case letter (or is an upper-case particle such as "al-Qaeda").</summary>
    public bool IsCapitalized
    {
        get
        {
            if (Kind != TokenKind.Word || string.IsNullOrEmpty(Value))
            {
                return false;
            }

            if (char.IsUpper(Value[0]))
            {
                return true;
            }

            // "al-Bashir", "bin Laden" style particles glued to a capitalised name; not an English prefix glued to a
            // name ("mid-October", "pro-Western", "ex-Soviet").
            var dash = Value.IndexOf('-', StringComparison.Ordinal);
            return dash is > 0 and < 4 && dash + 1 < Value.Length && char.IsUpper(Value[dash + 1])
                && !IsEnglishPrefix(Value.AsSpan(0, dash));
        }
    }

    private static bool IsEnglishPrefix(ReadOnlySpan<char> prefix) =>
        prefix is "mid" or "pro" or "non" or "pre" or "ex" or "neo" or "sub";

    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Value ?? "")
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    public bool Is(string word) => string.Equals(Value, word, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Value ?? "";
}
