using System.Runtime.CompilerServices;
using System.Buffers;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The line-oriented parser behind <see cref="NTriplesReader"/> and <see cref="NQuadsReader"/>
/// (<see href="https://www.w3.org/TR/rdf12-n-quads/">RDF 1.2 N-Quads</see>), including RDF 1.2 triple terms and
/// directional language tags. It reads straight from the character window and only copies when an escape is present.
/// </summary>
internal sealed class NQuadsParser
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "><\"{}|^`\\ \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    private readonly CharInput _in;
    private readonly RdfReaderOptions _options;
    private readonly bool _quads;
    private readonly CancellationToken _cancellationToken;
    private readonly IriCache _iris;
    private readonly BlankNodeTable _blanks;
    private readonly CharBuilder _sb = new();
    private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal);
    private int _depth;

    public NQuadsParser(CharInput input, RdfReaderOptions options, bool quads, IriCache iris, CancellationToken cancellationToken)
    {
        _in = input;
        _options = options;
        _quads = quads;
        _iris = iris;
        _blanks = new BlankNodeTable(options.BlankNodeScope);
        _cancellationToken = cancellationToken;
    }

    public IEnumerable<Quad> Parse()
    {
        int count = 0;
        while (true)
        {
            if ((++count & 0x3FF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            SkipBlank();
            int c = _in.Peek();
            if (c < 0)
            {
                yield break;
            }

            if (c is '\n' or '\r')
            {
                _in.Advance();
                continue;
            }

            Quad? quad;
            if (_options.Lenient)
            {
                try
                {
                    quad = Statement();
                }
                catch (RdfSyntaxException e)
                {
                    _options.OnError?.Invoke(e);
                    SkipLine();
                    continue;
                }
            }
            else
            {
                quad = Statement();
            }

            yield return quad.Value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Quad Statement()
    {
        _depth = 0;
        var subject = Subject();
        SkipBlank();
        var predicate = Predicate();
        SkipBlank();
        var obj = Object();
        SkipBlank();
        Term graph = DefaultGraph.Instance;
        int c = _in.Peek();
        if (_quads && c is '<' or '_')
        {
            graph = c == '<' ? IriRef() : BlankNodeLabel();
            SkipBlank();
            c = _in.Peek();
        }

        if (c != '.')
        {
            throw Error(c < 0 ? "unexpected end of input, expected '.'" : $"expected '.' but found '{(char)c}'");
        }

        _in.Advance();
        SkipBlank();
        c = _in.Peek();
        if (c >= 0 && c is not ('\n' or '\r'))
        {
            throw Error("expected end of line after '.'");
        }

        return new Quad(subject, predicate, obj, graph);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term Subject()
    {
        int c = _in.Peek();
        return c switch
        {
            '<' => IriRef(),
            '_' => BlankNodeLabel(),
            _ => throw Error(c < 0 ? "unexpected end of input" : $"expected an IRI or blank node as subject, found '{(char)c}'"),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri Predicate()
    {
        int c = _in.Peek();
        return c == '<' ? IriRef() : throw Error("expected an IRI as predicate");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term Object()
    {
        int c = _in.Peek();
        switch (c)
        {
            case '<':
                return _in.PeekAt(1) == '<' ? TripleTerm() : IriRef();
            case '_':
                return BlankNodeLabel();
            case '"':
                return LiteralTerm();
            default:
                throw Error(c < 0 ? "unexpected end of input" : $"expected an object, found '{(char)c}'");
        }
    }

    private TripleTerm TripleTerm()
    {
        if (_in.PeekAt(2) != '(')
        {
            throw Error("expected '<<(' to start a triple term");
        }

        _in.Skip(3);
        if (++_depth > 500)
        {
            throw Error("triple terms nested too deeply");
        }

        SkipBlank();
        var s = Subject();
        if (s is not Iri and not BlankNode)
        {
            throw Error("a triple term subject must be an IRI or blank node");
        }

        SkipBlank();
        var p = Predicate();
        SkipBlank();
        var o = Object();
        SkipBlank();
        if (_in.Peek() != ')' || _in.PeekAt(1) != '>' || _in.PeekAt(2) != '>')
        {
            throw Error("expected ')>>' to close a triple term");
        }

        _in.Skip(3);
        _depth--;
        return new TripleTerm(new Triple(s, p, o));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri IriRef()
    {
        _in.Advance();
        var window = _in.Window;
        int stop = window.IndexOfAny(IriStops);
        if (stop >= 0 && window[stop] == '>')
        {
            var value = window[..stop];
            if (!IriResolver.HasScheme(value))
            {
                throw Error("relative IRI not allowed here");
            }

            var iri = _iris.Get(value);
            _in.Skip(stop + 1);
            return iri;
        }

        return IriRefSlow();
    }

    private Iri IriRefSlow()
    {
        _sb.Clear();
        while (true)
        {
            int c = _in.Peek();
            if (c < 0)
            {
                throw Error("unterminated IRI");
            }

            if (c == '>')
            {
                _in.Advance();
                break;
            }

            if (c == '\\')
            {
                _in.Advance();
                int cp = _in.ReadUchar(_options.SourceName);
                if (CharClasses.IsIriForbidden(cp))
                {
                    throw Error($"escaped character U+{cp:X4} is not allowed in an IRI");
                }

                _sb.AppendCodePoint(cp);
                continue;
            }

            if (CharClasses.IsIriForbidden(c))
            {
                throw Error($"character U+{c:X4} is not allowed in an IRI");
            }

            _sb.Append((char)c);
            _in.Advance();
        }

        if (!IriResolver.HasScheme(_sb.Span))
        {
            throw Error("relative IRI not allowed here");
        }

        return _iris.Get(_sb.Span);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode BlankNodeLabel()
    {
        if (_in.PeekAt(1) != ':')
        {
            throw Error("expected '_:' to start a blank node label");
        }

        _in.Skip(2);
        _sb.Clear();
        int c = ReadCodePoint(out int width);
        if (!(CharClasses.IsPnCharsU(c) || (c >= '0' && c <= '9')))
        {
            throw Error("bad first character in blank node label");
        }

        AppendAndSkip(c, width);
        while (true)
        {
            c = ReadCodePoint(out width);
            if (CharClasses.IsPnChars(c))
            {
                AppendAndSkip(c, width);
            }
            else if (c == '.')
            {
                // A dot belongs to the label only when more label characters follow it.
                int after = _in.PeekAt(1);
                if (after >= 0 && (CharClasses.IsPnChars(after) || char.IsHighSurrogate((char)after) || after == '.'))
                {
                    AppendAndSkip(c, 1);
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        if (_sb.Span[^1] == '.')
        {
            throw Error("blank node label may not end with '.'");
        }

        return _blanks.Labeled(_sb.Span);
    }

    private int ReadCodePoint(out int width)
    {
        int c = _in.Peek();
        width = 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            int low = _in.PeekAt(1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    private void AppendAndSkip(int cp, int width)
    {
        _sb.AppendCodePoint(cp);
        _in.Skip(width);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal LiteralTerm()
    {
        _in.Advance();
        string value;
        var window = _in.Window;
        int stop = window.IndexOfAny(StringStops);
        if (stop >= 0 && window[stop] == '"')
        {
            value = new string(window[..stop]);
            _in.Skip(stop + 1);
        }
        else
        {
            value = StringSlow();
        }

        SkipBlank();
        int c = _in.Peek();
        if (c == '@')
        {
            _in.Advance();
            return LanguageTagged(value);
        }

        if (c == '^')
        {
            if (_in.PeekAt(1) != '^')
            {
                throw Error("expected '^^'");
            }

            _in.Skip(2);
            SkipBlank();
            if (_in.Peek() != '<')
            {
                throw Error("expected a datatype IRI after '^^'");
            }

            var datatype = IriRef();
            if (datatype.Equals(RdfVocabulary.LangString) || datatype.Equals(RdfVocabulary.DirLangString))
            {
                throw Error("a literal with datatype rdf:langString needs a language tag");
            }

            return Literal.Typed(value, datatype);
        }

        return Literal.Create(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal LanguageTagged(string value)
    {
        _sb.Clear();
        int c = _in.Peek();
        if (!char.IsAsciiLetter((char)Math.Max(c, 0)))
        {
            throw Error("bad language tag");
        }

        while (c >= 0 && char.IsAsciiLetter((char)c))
        {
            _sb.Append((char)c);
            _in.Advance();
            c = _in.Peek();
        }

        if (_sb.Length > 8)
        {
            throw Error("primary language subtag is longer than 8 letters");
        }

        string? direction = _in.ReadLanguageSubtags(_sb, _options.SourceName);

        // Documents repeat a handful of tags; share one string per tag.
        var lookup = _languages.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(_sb.Span, out string? language))
        {
            language = _sb.ToString();
            _languages[language] = language;
        }

        return Literal.LanguageTagged(value, language, direction);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string StringSlow()
    {
        _sb.Clear();
        while (true)
        {
            int c = _in.Peek();
            switch (c)
            {
                case < 0:
                    throw Error("unterminated string");
                case '"':
                    _in.Advance();
                    return _sb.ToString();
                case '\n' or '\r':
                    throw Error("line break in string");
                case '\\':
                    _in.Advance();
                    Escape();
                    break;
                default:
                    _sb.Append((char)c);
                    _in.Advance();
                    break;
            }
        }
    }

    private void Escape() => _in.ReadStringEscape(_sb, _options.SourceName);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipBlank()
    {
        while (true)
        {
            int c = _in.Peek();
            if (c is ' ' or '\t')
            {
                _in.Skip(1);
            }
            else if (c == '#')
            {
                while ((c = _in.Peek()) >= 0 && c is not ('\n' or '\r'))
                {
                    _in.Skip(1);
                }

                return;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipLine()
    {
        int c;
        while ((c = _in.Peek()) >= 0 && c is not ('\n' or '\r'))
        {
            _in.Skip(1);
        }
    }

    private RdfSyntaxException Error(string message) => new(message, _options.SourceName, _in.Line, _in.Column, _in.Offset);
}
