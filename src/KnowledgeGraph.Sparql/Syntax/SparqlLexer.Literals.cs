using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class SparqlLexer
{
    private bool TryIri(out string iri)
    {
        iri = "";
        int p = _pos + 1;
        var sb = new StringBuilder();
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>')
            {
                _pos = p + 1;
                iri = sb.ToString();
                return true;
            }

            if (c == '\\')
            {
                if (p + 1 < _text.Length && (_text[p + 1] == 'u' || _text[p + 1] == 'U'))
                {
                    int len = _text[p + 1] == 'u' ? 4 : 8;
                    if (!TryHex(p + 2, len, out int cp))
                    {
                        return false;
                    }

                    sb.Append(char.ConvertFromUtf32(cp));
                    p += 2 + len;
                    continue;
                }

                return false;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                return false;
            }

            sb.Append(c);
            p++;
        }

        return false;
    }

    private bool TryHex(int at, int len, out int value)
    {
        value = 0;
        if (at + len > _text.Length)
        {
            return false;
        }

        var span = _text.AsSpan(at, len);
        foreach (char h in span)
        {
            if (!CharClasses.IsHex(h))
            {
                return false;
            }
        }

        value = int.Parse(span, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return value is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF);
    }

    private string ReadString(char quote)
    {
        int start = _pos;
        bool isLong = Peek(1) == quote && Peek(2) == quote;
        _pos += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string literal", start);
            }

            char c = _text[_pos];
            if (c == quote)
            {
                if (!isLong)
                {
                    _pos++;
                    return sb.ToString();
                }

                if (Peek(1) == quote && Peek(2) == quote)
                {
                    // A long string may end with up to two extra quote characters before the closing three.
                    while (Peek(3) == quote)
                    {
                        sb.Append(quote);
                        _pos++;
                    }

                    _pos += 3;
                    return sb.ToString();
                }

                sb.Append(c);
                _pos++;
                continue;
            }

            if (c == '\\')
            {
                char e = Peek(1);
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u' or 'U':
                        {
                            int len = e == 'u' ? 4 : 8;
                            if (!TryHex(_pos + 2, len, out int cp))
                            {
                                throw Error("invalid \\u escape in string", _pos);
                            }

                            sb.Append(char.ConvertFromUtf32(cp));
                            _pos += 2 + len;
                            continue;
                        }

                    default:
                        throw Error($"invalid escape '\\{e}' in string", _pos);
                }

                _pos += 2;
                continue;
            }

            if (!isLong && (c == '\n' || c == '\r'))
            {
                throw Error("line break in a short string literal", _pos);
            }

            if (c == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }

            sb.Append(c);
            _pos++;
        }
    }

    private Token ReadNumber(int start, bool space)
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        bool isDecimal = false;
        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || IsExponentAt(_pos + 1)))
        {
            isDecimal = true;
            _pos++;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }

        if (IsExponentAt(_pos))
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }

            return Make(TokenKind.Double, _text[start.._pos], start, space);
        }

        return Make(isDecimal ? TokenKind.Decimal : TokenKind.Integer, _text[start.._pos], start, space);
    }

    private bool IsExponentAt(int p)
    {
        if (p >= _text.Length || (_text[p] != 'e' && _text[p] != 'E'))
        {
            return false;
        }

        p++;
        if (p < _text.Length && _text[p] is '+' or '-')
        {
            p++;
        }

        return p < _text.Length && char.IsAsciiDigit(_text[p]);
    }
}
