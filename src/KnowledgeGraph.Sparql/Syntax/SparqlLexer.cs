using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Turns SPARQL text into tokens (section 19.8). Keywords are case-insensitive, except <c>a</c>.</summary>
internal sealed partial class SparqlLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "BASE", "PREFIX", "SELECT", "CONSTRUCT", "DESCRIBE", "ASK", "ORDER", "BY", "ASC", "DESC", "LIMIT", "OFFSET",
        "DISTINCT", "REDUCED", "FROM", "NAMED", "WHERE", "GRAPH", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "AS",
        "VALUES", "UNDEF", "SERVICE", "SILENT", "GROUP", "HAVING", "LOAD", "INTO", "CLEAR", "DROP", "CREATE", "ADD", "TO",
        "MOVE", "COPY", "INSERT", "DELETE", "DATA", "WITH", "USING", "DEFAULT", "ALL", "TRUE", "FALSE",
        "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND",
        "CONCAT", "SUBSTR", "STRLEN", "REPLACE", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS",
        "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW", "UUID",
        "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG", "STRDT", "SAMETERM", "ISIRI",
        "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "EXISTS", "NOT", "IN", "COUNT", "SUM", "MIN", "MAX", "AVG",
        "SAMPLE", "GROUP_CONCAT", "SEPARATOR",
    };

    private readonly string _text;
    private readonly string? _source;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public SparqlLexer(string text, string? source)
    {
        _text = text;
        _source = source;
    }

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            bool space = SkipSpace();
            var token = Next(space);
            tokens.Add(token);
            if (token.Kind == TokenKind.End)
            {
                return tokens;
            }
        }
    }

    private SparqlSyntaxException Error(string message, int offset) =>
        new(message, _source, _line, offset - _lineStart + 1, offset);

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool SkipSpace()
    {
        int start = _pos;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }

        return _pos > start || start == 0;
    }

    private Token Make(TokenKind kind, string text, int start, bool space, string? prefix = null) =>
        new(kind, text, start, _line, start - _lineStart + 1, space, prefix);

    private Token Next(bool space)
    {
        int start = _pos;
        if (_pos >= _text.Length)
        {
            return Make(TokenKind.End, "", start, space);
        }

        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIri(out string? iri))
                {
                    return Make(TokenKind.IriRef, iri, start, space);
                }

                _pos++;
                if (Peek() == '=')
                {
                    _pos++;
                    return Make(TokenKind.Punct, "<=", start, space);
                }

                return Make(TokenKind.Punct, "<", start, space);
            case '?' or '$':
                if (CharClasses.IsVarNameStart(Peek(1)))
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && CharClasses.IsVarNameChar(_text[_pos]))
                    {
                        _pos++;
                    }

                    return Make(TokenKind.Variable, _text[s.._pos], start, space);
                }

                if (c == '$')
                {
                    throw Error("expected a variable name after '$'", start);
                }

                _pos++;
                return Make(TokenKind.Punct, "?", start, space);
            case '"' or '\'':
                return Make(TokenKind.String, ReadString(c), start, space);
            case '@':
                {
                    _pos++;
                    int s = _pos;
                    while (char.IsAsciiLetter(Peek()))
                    {
                        _pos++;
                    }

                    if (_pos == s)
                    {
                        throw Error("expected a language tag after '@'", start);
                    }

                    while (Peek() == '-' && char.IsAsciiLetterOrDigit(Peek(1)))
                    {
                        _pos++;
                        while (char.IsAsciiLetterOrDigit(Peek()))
                        {
                            _pos++;
                        }
                    }

                    return Make(TokenKind.LangTag, _text[s.._pos], start, space);
                }

            case '_' when Peek(1) == ':':
                {
                    _pos += 2;
                    int s = _pos;
                    if (!(CharClasses.IsPnCharsU(Peek()) || char.IsAsciiDigit(Peek())))
                    {
                        throw Error("expected a blank node label after '_:'", start);
                    }

                    _pos++;
                    ReadNameTail(allowColon: false);
                    return Make(TokenKind.BlankNodeLabel, _text[s.._pos], start, space);
                }
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return ReadNumber(start, space);
        }

        if (CharClasses.IsPnCharsBase(c) || c == ':')
        {
            return ReadWord(start, space);
        }

        string[] multi = ["^^", "&&", "||", "!=", "<=", ">="];
        foreach (var m in multi)
        {
            if (string.CompareOrdinal(_text, _pos, m, 0, 2) == 0)
            {
                _pos += 2;
                return Make(TokenKind.Punct, m, start, space);
            }
        }

        if ("{}()[].;,|/^*+-!=<>".Contains(c, StringComparison.Ordinal))
        {
            _pos++;
            return Make(TokenKind.Punct, c.ToString(), start, space);
        }

        throw Error($"unexpected character '{c}'", start);
    }

    private Token ReadWord(int start, bool space)
    {
        // A prefix (PN_PREFIX) or keyword, then ':' for a prefixed name.
        int p = _pos;
        if (_text[p] != ':')
        {
            p++;
            while (p < _text.Length && (CharClasses.IsPnChars(_text[p]) || _text[p] == '.'))
            {
                p++;
            }

            while (_text[p - 1] == '.')
            {
                p--;
            }
        }

        if (p < _text.Length && _text[p] == ':')
        {
            string prefix = _text[_pos..p];
            _pos = p + 1;
            string local = ReadLocalName();
            return Make(TokenKind.PrefixedName, local, start, space, prefix);
        }

        p = _pos;
        while (p < _text.Length && (char.IsAsciiLetterOrDigit(_text[p]) || _text[p] == '_'))
        {
            p++;
        }

        string word = _text[_pos..p];
        if (word == "a")
        {
            _pos = p;
            return Make(TokenKind.Keyword, "a", start, space);
        }

        string upper = word.ToUpperInvariant();
        if (!Keywords.Contains(upper))
        {
            throw Error($"unknown keyword '{word}' (a prefixed name needs a ':')", start);
        }

        _pos = p;
        return Make(TokenKind.Keyword, upper, start, space);
    }

    private string ReadLocalName()
    {
        var sb = new StringBuilder();
        bool first = true;
        int lastGood = _pos;
        int lastGoodLength = 0;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '%')
            {
                if (!(CharClasses.IsHex(Peek(1)) && CharClasses.IsHex(Peek(2))))
                {
                    throw Error("invalid percent escape in prefixed name", _pos);
                }

                sb.Append(_text, _pos, 3);
                _pos += 3;
            }
            else if (c == '\\')
            {
                if (!CharClasses.IsLocalEscapable(Peek(1)))
                {
                    throw Error("invalid escape in prefixed name", _pos);
                }

                sb.Append(Peek(1));
                _pos += 2;
            }
            else if (first ? (CharClasses.IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c)) : (CharClasses.IsPnChars(c) || c == ':' || c == '.'))
            {
                sb.Append(c);
                _pos++;
                if (c == '.')
                {
                    first = false;
                    continue;
                }
            }
            else
            {
                break;
            }

            first = false;
            lastGood = _pos;
            lastGoodLength = sb.Length;
        }

        // The local name cannot end with '.'.
        _pos = lastGood;
        sb.Length = lastGoodLength;
        return sb.ToString();
    }

    private void ReadNameTail(bool allowColon)
    {
        int lastGood = _pos;
        while (_pos < _text.Length && (CharClasses.IsPnChars(_text[_pos]) || _text[_pos] == '.' || (allowColon && _text[_pos] == ':')))
        {
            _pos++;
            if (_text[_pos - 1] != '.')
            {
                lastGood = _pos;
            }
        }

        _pos = lastGood;
    }
}
