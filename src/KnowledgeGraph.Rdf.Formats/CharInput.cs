namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A refillable character window over a <see cref="TextReader"/> with line and column tracking. Lexers read the
/// window directly for hot loops and call <see cref="Skip"/> for characters known not to be line breaks.
/// </summary>
internal sealed class CharInput
{
    private readonly TextReader _reader;
    private char[] _buf;
    private int _pos;
    private int _len;
    private long _bufStart;
    private long _lineStart;
    private int _line = 1;
    private bool _eof;

    public CharInput(TextReader reader, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _buf = new char[bufferSize];
    }

    public long Offset => _bufStart + _pos;

    public int Line => _line;

    public int Column => (int)(Offset - _lineStart) + 1;

    /// <summary>The current character, or -1 at the end of input.</summary>
    public int Peek() => _pos < _len ? _buf[_pos] : FillPeek(0);

    /// <summary>The character <paramref name="k"/> positions ahead, or -1 past the end.</summary>
    public int PeekAt(int k) => _pos + k < _len ? _buf[_pos + k] : FillPeek(k);

    /// <summary>The buffered characters from the current position (possibly empty even before the end).</summary>
    public ReadOnlySpan<char> Window => _buf.AsSpan(_pos, _len - _pos);

    /// <summary>Makes at least one character available; false at the end of input.</summary>
    public bool Ensure() => _pos < _len || FillPeek(0) >= 0;

    /// <summary>Consumes one character, tracking line breaks.</summary>
    public void Advance()
    {
        if (_buf[_pos] == '\n')
        {
            _line++;
            _lineStart = _bufStart + _pos + 1;
        }

        _pos++;
    }

    /// <summary>Consumes <paramref name="n"/> buffered characters that contain no line feed.</summary>
    public void Skip(int n) => _pos += n;

    private int FillPeek(int k)
    {
        while (_pos + k >= _len && !_eof)
        {
            Fill();
        }

        return _pos + k < _len ? _buf[_pos + k] : -1;
    }

    private void Fill()
    {
        if (_pos > 0)
        {
            Array.Copy(_buf, _pos, _buf, 0, _len - _pos);
            _bufStart += _pos;
            _len -= _pos;
            _pos = 0;
        }

        if (_len == _buf.Length)
        {
            Array.Resize(ref _buf, _buf.Length * 2);
        }

        int n = _reader.Read(_buf, _len, _buf.Length - _len);
        if (n <= 0)
        {
            _eof = true;
        }
        else
        {
            _len += n;
        }
    }

    /// <summary>
    /// Reads the <c>uXXXX</c> or <c>UXXXXXXXX</c> that follows a backslash (UCHAR in the N-Triples and Turtle grammars)
    /// and returns the code point; malformed escapes are reported at the current position of <paramref name="sourceName"/>.
    /// </summary>
    public int ReadUchar(string sourceName)
    {
        int kind = Peek();
        int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : throw new RdfSyntaxException("expected \\u or \\U escape", sourceName, Line, Column, Offset);
        Advance();
        int value = 0;
        for (int i = 0; i < digits; i++)
        {
            int h = CharClasses.HexValue(Peek());
            if (h < 0)
            {
                throw new RdfSyntaxException("bad hexadecimal digit in escape", sourceName, Line, Column, Offset);
            }

            value = (value << 4) | h;
            Advance();
        }

        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            throw new RdfSyntaxException($"escape \\{(char)kind}{value:X} is not a Unicode scalar value", sourceName, Line, Column, Offset);
        }

        return value;
    }

    /// <summary>
    /// Reads what follows a language tag's primary subtag: <c>-subtag</c>s, appended to <paramref name="tag"/>, and an
    /// RDF 1.2 base direction <c>--ltr</c> or <c>--rtl</c>, returned (null when absent).
    /// </summary>
    public string? ReadLanguageSubtags(CharBuilder tag, string sourceName)
    {
        int c = Peek();
        while (c == '-')
        {
            if (PeekAt(1) == '-')
            {
                Skip(2);
                var direction = new CharBuilder();
                while ((c = Peek()) >= 0 && char.IsAsciiLetter((char)c))
                {
                    direction.Append((char)c);
                    Advance();
                }

                return direction.ToString() is "ltr" or "rtl"
                    ? direction.ToString()
                    : throw new RdfSyntaxException("base direction must be 'ltr' or 'rtl'", sourceName, Line, Column, Offset);
            }

            tag.Append('-');
            Advance();
            c = Peek();
            if (!(c >= 0 && char.IsAsciiLetterOrDigit((char)c)))
            {
                throw new RdfSyntaxException("bad language subtag", sourceName, Line, Column, Offset);
            }

            while (c >= 0 && char.IsAsciiLetterOrDigit((char)c))
            {
                tag.Append((char)c);
                Advance();
                c = Peek();
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the escape that follows a backslash in a string literal (ECHAR or UCHAR) and appends the character it
    /// stands for to <paramref name="into"/>.
    /// </summary>
    public void ReadStringEscape(CharBuilder into, string sourceName)
    {
        char plain = Peek() switch
        {
            't' => '\t',
            'b' => '\b',
            'n' => '\n',
            'r' => '\r',
            'f' => '\f',
            '"' => '"',
            '\'' => '\'',
            '\\' => '\\',
            _ => '\0',
        };
        if (plain != '\0')
        {
            into.Append(plain);
            Advance();
            return;
        }

        into.AppendCodePoint(ReadUchar(sourceName));
    }
}
