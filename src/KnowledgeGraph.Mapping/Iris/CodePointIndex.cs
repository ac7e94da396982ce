namespace KnowledgeGraph.Mapping.Iris;

/// <summary>
/// Converts .NET string positions (UTF-16 code units) to Unicode code point positions, which NIF and RFC 5147
/// count. The two differ after every character outside the Basic Multilingual Plane (emoji, some CJK), which takes
/// two UTF-16 units but is one code point.
/// </summary>
internal sealed class CodePointIndex
{
    // _pairsBefore[i] = number of complete surrogate pairs that end at or before UTF-16 position i.
    private readonly int[] _pairsBefore;
    private readonly string _text;

    public CodePointIndex(string text)
    {
        _text = text;
        _pairsBefore = new int[text.Length + 1];
        int pairs = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _pairsBefore[i] = pairs;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _pairsBefore[i + 1] = pairs;
                pairs++;
                i++;
            }
        }

        _pairsBefore[text.Length] = pairs;
    }

    /// <summary>The text length in code points.</summary>
    public int Length => _text.Length - _pairsBefore[_text.Length];

    /// <summary>The code point position of a UTF-16 position.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the text or splits a surrogate pair.</exception>
    public int ToCodePoints(int utf16Offset)
    {
        if (utf16Offset < 0 || utf16Offset > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(utf16Offset), utf16Offset, $"Offset outside the text (length {_text.Length}).");
        }

        if (utf16Offset > 0 && utf16Offset < _text.Length && char.IsLowSurrogate(_text[utf16Offset]) && char.IsHighSurrogate(_text[utf16Offset - 1]))
        {
            throw new ArgumentOutOfRangeException(nameof(utf16Offset), utf16Offset, "Offset splits a surrogate pair.");
        }

        return utf16Offset - _pairsBefore[utf16Offset];
    }

    /// <summary>The UTF-16 position of a code point position (the inverse of <see cref="ToCodePoints"/>).</summary>
    public static int ToUtf16(string text, int codePointOffset)
    {
        int units = 0;
        for (int cp = 0; cp < codePointOffset; cp++)
        {
            if (units >= text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codePointOffset), codePointOffset, "Offset outside the text.");
            }

            // A lone surrogate counts as one code point, as a replacement character would.
            units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length && char.IsLowSurrogate(text[units + 1]) ? 2 : 1;
        }

        return units;
    }
}
