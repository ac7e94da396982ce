using System.Runtime.CompilerServices;
using System.Buffers;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The hand-written tokenizer for Turtle and TriG (<see href="https://www.w3.org/TR/rdf12-turtle/#sec-grammar">RDF 1.2
/// Turtle grammar</see>). It holds one current token; its value (unescaped IRI text, string value, prefixed name,
/// number) lives in <see cref="Value"/> until the next call to <see cref="Next"/>.
/// </summary>
internal sealed class TurtleLexer
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "><\"{}|^`\\ \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");

    private readonly CharInput _in;
    private readonly string _source;

    public TurtleLexer(CharInput input, string source)
    {
        _in = input;
        _source = source;
    }

    public TurtleTokenKind Kind { get; private set; }

    /// <summary>The token's value: IRI text, string value, prefixed name (prefix, colon, local), number, language tag.</summary>
    public CharBuilder Value { get; } = new();

    /// <summary>For a prefixed name, the length of the prefix (the colon follows it in <see cref="Value"/>).</summary>
    public int PrefixLength { get; private set; }

    /// <summary>For a language tag, the base direction (<c>ltr</c>/<c>rtl</c>) or null.</summary>
    public string? Direction { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    public long Offset { get; private set; }

    public RdfSyntaxException Error(string message) => new(message, _source, Line, Column, Offset);

    private RdfSyntaxException ErrorHere(string message) => new(message, _source, _in.Line, _in.Column, _in.Offset);

    /// <summary>Skips one character (error recovery).</summary>
    public void SkipChar()
    {
        if (_in.Ensure())
        {
            _in.Advance();
        }
    }

    /// <summary>Reads the next token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Next()
    {
        bool afterString = Kind is TurtleTokenKind.String or TurtleTokenKind.LongString;
        long before = _in.Offset;
        SkipWhitespace();
        bool adjacent = _in.Offset == before;
        Line = _in.Line;
        Column = _in.Column;
        Offset = _in.Offset;
        Value.Clear();
        int c = _in.Peek();
        switch (c)
        {
            case < 0:
                Kind = TurtleTokenKind.EndOfInput;
                return;
            case '<':
                if (_in.PeekAt(1) == '<')
                {
                    if (_in.PeekAt(2) == '(')
                    {
                        Single(TurtleTokenKind.OpenTripleTerm, 3);
                    }
                    else
                    {
                        Single(TurtleTokenKind.OpenReified, 2);
                    }

                    return;
                }

                IriRef();
                return;
            case '>':
                if (_in.PeekAt(1) == '>')
                {
                    Single(TurtleTokenKind.CloseReified, 2);
                    return;
                }

                throw ErrorHere("unexpected '>'");
            case '_':
                BlankNodeLabel();
                return;
            case '"' or '\'':
                StringLiteral((char)c);
                return;
            case '@':
                At(afterString, adjacent);
                return;
            case '.':
                if (IsDigit(_in.PeekAt(1)))
                {
                    Number();
                }
                else
                {
                    Single(TurtleTokenKind.Dot, 1);
                }

                return;
            case '+' or '-' or (>= '0' and <= '9'):
                Number();
                return;
            case ',':
                Single(TurtleTokenKind.Comma, 1);
                return;
            case ';':
                Single(TurtleTokenKind.Semicolon, 1);
                return;
            case '[':
                _in.Advance();
                SkipWhitespace();
                if (_in.Peek() == ']')
                {
                    _in.Advance();
                    Kind = TurtleTokenKind.Anon;
                }
                else
                {
                    Kind = TurtleTokenKind.OpenBracket;
                }

                return;
            case ']':
                Single(TurtleTokenKind.CloseBracket, 1);
                return;
            case '(':
                Single(TurtleTokenKind.OpenParen, 1);
                return;
            case ')':
                if (_in.PeekAt(1) == '>' && _in.PeekAt(2) == '>')
                {
                    Single(TurtleTokenKind.CloseTripleTerm, 3);
                }
                else
                {
                    Single(TurtleTokenKind.CloseParen, 1);
                }

                return;
            case '{':
                if (_in.PeekAt(1) == '|')
                {
                    Single(TurtleTokenKind.OpenAnnotation, 2);
                }
                else
                {
                    Single(TurtleTokenKind.OpenBrace, 1);
                }

                return;
            case '}':
                Single(TurtleTokenKind.CloseBrace, 1);
                return;
            case '|':
                if (_in.PeekAt(1) == '}')
                {
                    Single(TurtleTokenKind.CloseAnnotation, 2);
                    return;
                }

                throw ErrorHere("unexpected '|'");
            case '^':
                if (_in.PeekAt(1) == '^')
                {
                    Single(TurtleTokenKind.DoubleCaret, 2);
                    return;
                }

                throw ErrorHere("expected '^^'");
            case '~':
                Single(TurtleTokenKind.Tilde, 1);
                return;
            case ':':
                PrefixedNameOrKeyword();
                return;
            default:
                int cp = PeekCodePoint(0, out _);
                if (CharClasses.IsPnCharsBase(cp))
                {
                    PrefixedNameOrKeyword();
                    return;
                }

                throw ErrorHere(cp < 0x20 || cp > 0x7E ? $"unexpected character U+{cp:X4}" : $"unexpected character '{(char)cp}'");
        }
    }

    private void Single(TurtleTokenKind kind, int length)
    {
        _in.Skip(length);
        Kind = kind;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipWhitespace()
    {
        while (true)
        {
            int c = _in.Peek();
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _in.Advance();
            }
            else if (c == '#')
            {
                while ((c = _in.Peek()) >= 0 && c is not ('\n' or '\r'))
                {
                    _in.Skip(1);
                }
            }
            else
            {
                return;
            }
        }
    }

    private int PeekCodePoint(int k, out int width)
    {
        int c = _in.PeekAt(k);
        width = 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            int low = _in.PeekAt(k + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void IriRef()
    {
        Kind = TurtleTokenKind.IriRef;
        _in.Advance();
        if (TakeBufferedThrough(IriStops, '>'))
        {
            return;
        }

        while (true)
        {
            int c = _in.Peek();
            if (c < 0)
            {
                throw ErrorHere("unterminated IRI");
            }

            if (c == '>')
            {
                _in.Advance();
                return;
            }

            if (c == '\\')
            {
                _in.Advance();
                int cp = _in.ReadUchar(_source);
                if (CharClasses.IsIriForbidden(cp))
                {
                    throw ErrorHere($"escaped character U+{cp:X4} is not allowed in an IRI");
                }

                Value.AppendCodePoint(cp);
                continue;
            }

            if (CharClasses.IsIriForbidden(c))
            {
                throw ErrorHere($"character U+{c:X4} is not allowed in an IRI");
            }

            Value.Append((char)c);
            _in.Advance();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BlankNodeLabel()
    {
        if (_in.PeekAt(1) != ':')
        {
            throw ErrorHere("expected '_:' to start a blank node label");
        }

        _in.Skip(2);
        Kind = TurtleTokenKind.BlankNodeLabel;
        int c = PeekCodePoint(0, out int width);
        if (!(CharClasses.IsPnCharsU(c) || IsDigit(c)))
        {
            throw ErrorHere("bad first character in blank node label");
        }

        Value.AppendCodePoint(c);
        _in.Skip(width);
        while (true)
        {
            c = PeekCodePoint(0, out width);
            if (CharClasses.IsPnChars(c))
            {
                Value.AppendCodePoint(c);
                _in.Skip(width);
            }
            else if (c == '.' && DotContinues(static cp => CharClasses.IsPnChars(cp)))
            {
                Value.Append('.');
                _in.Skip(1);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>At a '.', whether the dots starting here are followed by a character the name may continue with.</summary>
    private bool DotContinues(Func<int, bool> continues)
    {
        int k = 1;
        while (_in.PeekAt(k) == '.')
        {
            k++;
        }

        int next = PeekCodePoint(k, out _);
        return next >= 0 && continues(next);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StringLiteral(char quote)
    {
        if (_in.PeekAt(1) == quote && _in.PeekAt(2) == quote)
        {
            _in.Skip(3);
            Kind = TurtleTokenKind.LongString;
            LongString(quote);
            return;
        }

        _in.Skip(1);
        Kind = TurtleTokenKind.String;
        if (TakeBufferedThrough(quote == '"' ? DoubleQuoteStops : SingleQuoteStops, quote))
        {
            return;
        }

        while (true)
        {
            int c = _in.Peek();
            if (c < 0)
            {
                throw ErrorHere("unterminated string");
            }

            if (c == quote)
            {
                _in.Advance();
                return;
            }

            if (c is '\n' or '\r')
            {
                throw ErrorHere("line break in a single-quoted string (use a long string)");
            }

            if (c == '\\')
            {
                _in.Advance();
                Escape();
                continue;
            }

            Value.Append((char)c);
            _in.Advance();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LongString(char quote)
    {
        while (true)
        {
            int c = _in.Peek();
            if (c < 0)
            {
                throw ErrorHere("unterminated long string");
            }

            if (c == quote && _in.PeekAt(1) == quote && _in.PeekAt(2) == quote)
            {
                _in.Skip(3);
                return;
            }

            if (c == '\\')
            {
                _in.Advance();
                Escape();
                continue;
            }

            Value.Append((char)c);
            _in.Advance();
        }
    }

    // The fast path of IRIs and strings: when the body up to the terminator is already buffered and holds no stop
    // character (escape, line break), take it in one copy.
    private bool TakeBufferedThrough(SearchValues<char> stops, char terminator)
    {
        var window = _in.Window;
        int stop = window.IndexOfAny(stops);
        if (stop < 0 || window[stop] != terminator)
        {
            return false;
        }

        Value.Append(window[..stop]);
        _in.Skip(stop + 1);
        return true;
    }

    private void Escape() => _in.ReadStringEscape(Value, _source);

    private void At(bool afterString, bool adjacent)
    {
        _in.Advance();
        int c = _in.Peek();
        if (!(c >= 0 && char.IsAsciiLetter((char)c)))
        {
            throw ErrorHere("expected a language tag or directive after '@'");
        }

        while (c >= 0 && char.IsAsciiLetter((char)c))
        {
            Value.Append((char)c);
            _in.Advance();
            c = _in.Peek();
        }

        bool directive = Value.Span.SequenceEqual("prefix") || Value.Span.SequenceEqual("base") || Value.Span.SequenceEqual("version");
        if (!afterString || (directive && !adjacent))
        {
            if (Value.Span.SequenceEqual("prefix"))
            {
                Kind = TurtleTokenKind.AtPrefix;
            }
            else if (Value.Span.SequenceEqual("base"))
            {
                Kind = TurtleTokenKind.AtBase;
            }
            else if (Value.Span.SequenceEqual("version"))
            {
                Kind = TurtleTokenKind.AtVersion;
            }
            else
            {
                throw Error($"unknown directive '@{Value}'");
            }

            return;
        }

        Kind = TurtleTokenKind.LanguageTag;
        if (Value.Length > 8)
        {
            throw Error("primary language subtag is longer than 8 letters");
        }

        Direction = _in.ReadLanguageSubtags(Value, _source);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Number()
    {
        int c = _in.Peek();
        if (c is '+' or '-')
        {
            Value.Append((char)c);
            _in.Advance();
        }

        int intDigits = Digits();
        c = _in.Peek();
        if (c == '.' && IsDigit(_in.PeekAt(1)))
        {
            Value.Append('.');
            _in.Advance();
            Digits();
            c = _in.Peek();
            if (c is 'e' or 'E')
            {
                Exponent();
                Kind = TurtleTokenKind.Double;
            }
            else
            {
                Kind = TurtleTokenKind.Decimal;
            }

            return;
        }

        if (intDigits == 0)
        {
            throw ErrorHere("expected a number");
        }

        if (c == '.' && _in.PeekAt(1) is 'e' or 'E' && (IsDigit(_in.PeekAt(2)) || (_in.PeekAt(2) is '+' or '-' && IsDigit(_in.PeekAt(3)))))
        {
            Value.Append('.');
            _in.Advance();
            Exponent();
            Kind = TurtleTokenKind.Double;
            return;
        }

        if (c is 'e' or 'E')
        {
            Exponent();
            Kind = TurtleTokenKind.Double;
            return;
        }

        Kind = TurtleTokenKind.Integer;
    }

    private int Digits()
    {
        int n = 0;
        int c;
        while (IsDigit(c = _in.Peek()))
        {
            Value.Append((char)c);
            _in.Advance();
            n++;
        }

        return n;
    }

    private void Exponent()
    {
        Value.Append((char)_in.Peek());
        _in.Advance();
        int c = _in.Peek();
        if (c is '+' or '-')
        {
            Value.Append((char)c);
            _in.Advance();
        }

        if (Digits() == 0)
        {
            throw ErrorHere("expected digits in exponent");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PrefixedNameOrKeyword()
    {
        // PN_PREFIX, possibly empty.
        int c = PeekCodePoint(0, out int width);
        if (c != ':')
        {
            Value.AppendCodePoint(c);
            _in.Skip(width);
            while (true)
            {
                c = PeekCodePoint(0, out width);
                if (CharClasses.IsPnChars(c))
                {
                    Value.AppendCodePoint(c);
                    _in.Skip(width);
                }
                else if (c == '.' && DotContinues(static cp => CharClasses.IsPnChars(cp) || cp == ':'))
                {
                    Value.Append('.');
                    _in.Skip(1);
                }
                else
                {
                    break;
                }
            }
        }

        if (_in.Peek() != ':')
        {
            Kind = Keyword();
            return;
        }

        if (Value.Length > 0 && Value.Span[^1] == '.')
        {
            throw Error("prefix may not end with '.'");
        }

        PrefixLength = Value.Length;
        Value.Append(':');
        _in.Skip(1);
        Kind = TurtleTokenKind.PrefixedName;
        LocalName();
    }

    private TurtleTokenKind Keyword()
    {
        var word = Value.Span;
        if (word.SequenceEqual("a"))
        {
            return TurtleTokenKind.A;
        }

        if (word.SequenceEqual("true"))
        {
            return TurtleTokenKind.True;
        }

        if (word.SequenceEqual("false"))
        {
            return TurtleTokenKind.False;
        }

        if (word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase))
        {
            return TurtleTokenKind.SparqlPrefix;
        }

        if (word.Equals("BASE", StringComparison.OrdinalIgnoreCase))
        {
            return TurtleTokenKind.SparqlBase;
        }

        if (word.Equals("VERSION", StringComparison.OrdinalIgnoreCase))
        {
            return TurtleTokenKind.SparqlVersion;
        }

        if (word.Equals("GRAPH", StringComparison.OrdinalIgnoreCase))
        {
            return TurtleTokenKind.Graph;
        }

        throw Error($"unknown keyword '{Value}' (a prefixed name needs a ':')");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LocalName()
    {
        bool first = true;
        while (true)
        {
            int c = PeekCodePoint(0, out int width);
            if (c == '%')
            {
                int h1 = _in.PeekAt(1);
                int h2 = _in.PeekAt(2);
                if (CharClasses.HexValue(h1) < 0 || CharClasses.HexValue(h2) < 0)
                {
                    throw ErrorHere("'%' in a local name must be followed by two hex digits");
                }

                Value.Append('%');
                Value.Append((char)h1);
                Value.Append((char)h2);
                _in.Skip(3);
            }
            else if (c == '\\')
            {
                int e = _in.PeekAt(1);
                if (e < 0 || !"_~.-!$&'()*+,;=/?#@%".Contains((char)e, StringComparison.Ordinal))
                {
                    throw ErrorHere("bad escape in local name");
                }

                Value.Append((char)e);
                _in.Skip(2);
            }
            else if ((first ? CharClasses.IsPnCharsU(c) || IsDigit(c) : CharClasses.IsPnChars(c)) || c == ':')
            {
                Value.AppendCodePoint(c);
                _in.Skip(width);
            }
            else if (!first && c == '.' && DotContinues(static cp => CharClasses.IsPnChars(cp) || cp is ':' or '%' or '\\'))
            {
                Value.Append('.');
                _in.Skip(1);
            }
            else
            {
                return;
            }

            first = false;
        }
    }
}
