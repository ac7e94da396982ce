using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>
/// A small Turtle reader for the ontology and shapes files in tests (prefixes, IRIs, prefixed names, literals with
/// language or datatype, numbers, booleans, blank node property lists, collections, comments). Blank nodes get
/// labels from a counter local to one read.
/// </summary>
internal sealed class MiniTurtle
{
    private readonly string _s;
    private readonly string _source;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly List<Quad> _quads = [];
    private int _pos;
    private int _blank;

    private MiniTurtle(string text, string source)
    {
        _s = text;
        _source = source;
    }

    public static List<Quad> ReadFile(string path) => new MiniTurtle(File.ReadAllText(path), path).Parse();

    public static List<Quad> Read(string text) => new MiniTurtle(text, "<string>").Parse();

    private List<Quad> Parse()
    {
        while (true)
        {
            Skip();
            if (_pos >= _s.Length)
            {
                return _quads;
            }

            if (Peek('@'))
            {
                Expect("@prefix");
                Skip();
                int colon = _s.IndexOf(':', _pos);
                string prefix = _s[_pos..colon].Trim();
                _pos = colon + 1;
                Skip();
                _prefixes[prefix] = ReadIri();
                Skip();
                Expect(".");
                continue;
            }

            var subject = ReadSubject();
            Skip();
            if (!Peek('.'))
            {
                PredicateObjectList(subject);
            }

            Skip();
            Expect(".");
        }
    }

    private Term ReadSubject()
    {
        if (Peek('['))
        {
            return BlankPropertyList();
        }

        return Peek('(') ? Collection() : ReadIriTerm();
    }

    private void PredicateObjectList(Term subject)
    {
        while (true)
        {
            Skip();
            Term predicate;
            if (Peek('a') && _pos + 1 < _s.Length && (char.IsWhiteSpace(_s[_pos + 1]) || _s[_pos + 1] == '<'))
            {
                _pos++;
                predicate = RdfVocabulary.Type;
            }
            else
            {
                predicate = ReadIriTerm();
            }

            while (true)
            {
                Skip();
                var obj = ReadObject();
                _quads.Add(new Quad(subject, predicate, obj));
                Skip();
                if (!Peek(','))
                {
                    break;
                }

                _pos++;
            }

            if (!Peek(';'))
            {
                return;
            }

            while (Peek(';'))
            {
                _pos++;
                Skip();
            }

            if (Peek('.') || Peek(']'))
            {
                return;
            }
        }
    }

    private Term ReadObject()
    {
        char c = _s[_pos];
        if (c == '[')
        {
            return BlankPropertyList();
        }

        if (c == '(')
        {
            return Collection();
        }

        if (c == '"')
        {
            string value = ReadString();
            if (Peek('@'))
            {
                int start = ++_pos;
                while (_pos < _s.Length && (char.IsAsciiLetterOrDigit(_s[_pos]) || _s[_pos] == '-'))
                {
                    _pos++;
                }

                return Literal.LanguageTagged(value, _s[start.._pos]);
            }

            if (Peek('^'))
            {
                Expect("^^");
                return Literal.Typed(value, ReadIriTerm());
            }

            return Literal.Create(value);
        }

        if (char.IsAsciiDigit(c) || c is '-' or '+')
        {
            int start = _pos++;
            while (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || (_s[_pos] == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]))))
            {
                _pos++;
            }

            string n = _s[start.._pos];
            return n.Contains('.', StringComparison.Ordinal) ? Literal.Typed(n, Xsd.Decimal) : Literal.Typed(n, Xsd.Integer);
        }

        if (_s.AsSpan(_pos).StartsWith("true") || _s.AsSpan(_pos).StartsWith("false"))
        {
            bool b = _s[_pos] == 't';
            _pos += b ? 4 : 5;
            return Literal.Boolean(b);
        }

        return ReadIriTerm();
    }

    private BlankNode BlankPropertyList()
    {
        Expect("[");
        var node = new BlankNode("t" + (++_blank).ToString(CultureInfo.InvariantCulture));
        Skip();
        if (!Peek(']'))
        {
            PredicateObjectList(node);
        }

        Skip();
        Expect("]");
        return node;
    }

    private Term Collection()
    {
        Expect("(");
        var items = new List<Term>();
        while (true)
        {
            Skip();
            if (Peek(')'))
            {
                _pos++;
                break;
            }

            items.Add(ReadObject());
        }

        Term head = RdfVocabulary.Nil;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var cell = new BlankNode("t" + (++_blank).ToString(CultureInfo.InvariantCulture));
            _quads.Add(new Quad(cell, RdfVocabulary.First, items[i]));
            _quads.Add(new Quad(cell, RdfVocabulary.Rest, head));
            head = cell;
        }

        return head;
    }

    private Iri ReadIriTerm()
    {
        if (Peek('<'))
        {
            return Iri.Parse(ReadIri());
        }

        int start = _pos;
        while (_pos < _s.Length && (char.IsLetterOrDigit(_s[_pos]) || _s[_pos] is '_' or '-' or ':' || (_s[_pos] == '.' && _pos + 1 < _s.Length && char.IsLetterOrDigit(_s[_pos + 1]))))
        {
            _pos++;
        }

        string name = _s[start.._pos];
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !_prefixes.TryGetValue(name[..colon], out string? ns))
        {
            throw Error($"unknown prefixed name '{name}'");
        }

        return Iri.Parse(ns + name[(colon + 1)..]);
    }

    private string ReadIri()
    {
        Expect("<");
        int end = _s.IndexOf('>', _pos);
        string iri = _s[_pos..end];
        _pos = end + 1;
        return iri;
    }

    private string ReadString()
    {
        Expect("\"");
        var sb = new StringBuilder();
        while (_s[_pos] != '"')
        {
            char c = _s[_pos++];
            if (c == '\\')
            {
                char e = _s[_pos++];
                sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e });
            }
            else
            {
                sb.Append(c);
            }
        }

        _pos++;
        return sb.ToString();
    }

    private void Skip()
    {
        while (_pos < _s.Length)
        {
            if (char.IsWhiteSpace(_s[_pos]))
            {
                _pos++;
            }
            else if (_s[_pos] == '#')
            {
                while (_pos < _s.Length && _s[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private bool Peek(char c) => _pos < _s.Length && _s[_pos] == c;

    private void Expect(string token)
    {
        if (!_s.AsSpan(_pos).StartsWith(token))
        {
            throw Error($"expected '{token}'");
        }

        _pos += token.Length;
    }

    private RdfSyntaxException Error(string message)
    {
        int line = 1 + _s.AsSpan(0, Math.Min(_pos, _s.Length)).Count('\n');
        return new RdfSyntaxException(message, _source, line, 1);
    }
}
