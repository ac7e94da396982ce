using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Vocabularies;
using K = KnowledgeGraph.Rdf.Formats.TurtleTokenKind;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// Recursive-descent parser for <see href="https://www.w3.org/TR/rdf12-turtle/">Turtle</see> and
/// <see href="https://www.w3.org/TR/rdf12-trig/">TriG</see> 1.2 (triple terms, reified triples, annotations,
/// directional language tags, VERSION). Each top-level statement is parsed completely before its quads are yielded,
/// so a statement is all-or-nothing in lenient mode.
/// </summary>
internal sealed partial class TurtleParser
{
    private readonly TurtleLexer _lex;
    private readonly RdfReaderOptions _options;
    private readonly bool _trig;
    private readonly CancellationToken _cancellationToken;
    private readonly IriCache _iris;
    private readonly BlankNodeTable _blanks;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly PrefixMap _prefixMap;
    private readonly CharBuilder _scratch = new();
    private readonly List<Quad> _pending = [];
    // Nesting limit for [ ], ( ), << >> and <<( )>>, so that hostile input cannot exhaust the stack.
    private const int MaxDepth = 500;
    private int _depth;
    private string? _base;
    private Term _graph = DefaultGraph.Instance;

    public TurtleParser(CharInput input, RdfReaderOptions options, bool trig, IriCache iris, PrefixMap prefixMap, CancellationToken cancellationToken)
    {
        _lex = new TurtleLexer(input, options.SourceName);
        _options = options;
        _trig = trig;
        _iris = iris;
        _prefixMap = prefixMap;
        _blanks = new BlankNodeTable(options.BlankNodeScope);
        _base = options.BaseIri;
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _cancellationToken = cancellationToken;
    }

    public IEnumerable<Quad> Parse()
    {
        if (!Guard(_lex.Next))
        {
            Recover();
        }

        int count = 0;
        while (_lex.Kind != K.EndOfInput)
        {
            if ((++count & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            _pending.Clear();
            _graph = DefaultGraph.Instance;
            _depth = 0;
            if (!Guard(Statement))
            {
                _pending.Clear();
                Recover();
                continue;
            }

            foreach (var q in _pending)
            {
                yield return q;
            }

            if (!Guard(_lex.Next))
            {
                Recover();
            }
        }
    }

    /// <summary>Runs a step; in lenient mode reports a syntax error and returns false instead of throwing.</summary>
    private bool Guard(Action step)
    {
        if (!_options.Lenient)
        {
            step();
            return true;
        }

        try
        {
            step();
            return true;
        }
        catch (RdfSyntaxException e)
        {
            _options.OnError?.Invoke(e);
            return false;
        }
    }

    /// <summary>Skips input up to and including the next '.' (or '}' in TriG) so that parsing resumes at a statement.</summary>
    private void Recover()
    {
        _graph = DefaultGraph.Instance;
        while (true)
        {
            try
            {
                if (_lex.Kind is K.Dot or K.CloseBrace)
                {
                    _lex.Next();
                    return;
                }

                if (_lex.Kind == K.EndOfInput)
                {
                    return;
                }

                _lex.Next();
            }
            catch (RdfSyntaxException)
            {
                _lex.SkipChar();
            }
        }
    }

    // "@prefix ... ." and its kin: the directive's body, then the closing dot.
    private void AtDirective(Action body, string expectedDot)
    {
        _lex.Next();
        body();
        _lex.Next();
        ExpectCurrent(K.Dot, expectedDot);
    }

    /// <summary>Parses one statement; the current token is left on the statement's last token.</summary>
    private void Statement()
    {
        switch (_lex.Kind)
        {
            case K.AtPrefix:
                AtDirective(PrefixDeclaration, "'.' after @prefix");
                return;
            case K.AtBase:
                AtDirective(BaseDeclaration, "'.' after @base");
                return;
            case K.AtVersion:
                AtDirective(VersionSpecifier, "'.' after @version");
                return;
            case K.SparqlPrefix:
                _lex.Next();
                PrefixDeclaration();
                return;
            case K.SparqlBase:
                _lex.Next();
                BaseDeclaration();
                return;
            case K.SparqlVersion:
                _lex.Next();
                VersionSpecifier();
                return;
        }

        if (_trig)
        {
            Block();
        }
        else
        {
            Triples();
            ExpectCurrent(K.Dot, "'.' at the end of a statement");
        }
    }

    private void PrefixDeclaration()
    {
        if (_lex.Kind != K.PrefixedName || _lex.Value.Length != _lex.PrefixLength + 1)
        {
            throw _lex.Error("expected a prefix name ending with ':'");
        }

        string prefix = new(_lex.Value.Span[.._lex.PrefixLength]);
        _lex.Next();
        if (_lex.Kind != K.IriRef)
        {
            throw _lex.Error("expected an IRI for the prefix namespace");
        }

        string ns = ResolveIri(_lex.Value.Span).Value;
        _prefixes[prefix] = ns;
        _prefixMap.Set(prefix, ns);
    }

    private void BaseDeclaration()
    {
        if (_lex.Kind != K.IriRef)
        {
            throw _lex.Error("expected an IRI after base");
        }

        _base = ResolveIri(_lex.Value.Span).Value;
    }

    private void VersionSpecifier()
    {
        if (_lex.Kind != K.String)
        {
            throw _lex.Error("expected a quoted version string");
        }
    }

    private void ExpectCurrent(K kind, string what)
    {
        if (_lex.Kind != kind)
        {
            throw _lex.Error($"expected {what}, found {Describe()}");
        }
    }

    private void Expect(K kind, string what)
    {
        ExpectCurrent(kind, what);
        _lex.Next();
    }

    private string Describe() => _lex.Kind switch
    {
        K.EndOfInput => "end of input",
        K.IriRef => "<" + _lex.Value + ">",
        K.PrefixedName => _lex.Value.ToString(),
        K.String or K.LongString => "a string",
        _ => _lex.Kind.ToString(),
    };

    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList? | reifiedTriple predicateObjectList?</summary>
    private void Triples()
    {
        switch (_lex.Kind)
        {
            case K.OpenBracket:
                {
                    var node = BlankNodePropertyList();
                    if (_lex.Kind != K.Dot && _lex.Kind != K.CloseBrace)
                    {
                        PredicateObjectList(node);
                    }

                    return;
                }

            case K.OpenReified:
                {
                    var node = ReifiedTriple();
                    if (_lex.Kind != K.Dot && _lex.Kind != K.CloseBrace)
                    {
                        PredicateObjectList(node);
                    }

                    return;
                }

            default:
                PredicateObjectList(Subject());
                return;
        }
    }

    private Term Subject()
    {
        switch (_lex.Kind)
        {
            case K.IriRef or K.PrefixedName:
                {
                    var iri = IriTerm();
                    _lex.Next();
                    return iri;
                }

            case K.BlankNodeLabel or K.Anon:
                return BlankNodeTerm();
            case K.OpenParen:
                return Collection();
            default:
                throw _lex.Error($"expected a subject, found {Describe()}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PredicateObjectList(Term subject)
    {
        var predicate = Verb();
        ObjectList(subject, predicate);
        while (_lex.Kind == K.Semicolon)
        {
            _lex.Next();
            if (_lex.Kind is K.IriRef or K.PrefixedName or K.A)
            {
                predicate = Verb();
                ObjectList(subject, predicate);
            }
        }
    }

    private Iri Verb()
    {
        Iri predicate;
        switch (_lex.Kind)
        {
            case K.A:
                predicate = RdfVocabulary.Type;
                break;
            case K.IriRef or K.PrefixedName:
                predicate = IriTerm();
                break;
            default:
                throw _lex.Error($"expected a predicate, found {Describe()}");
        }

        _lex.Next();
        return predicate;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            var obj = Object();
            Emit(subject, predicate, obj);
            Annotation(subject, predicate, obj);
            if (_lex.Kind != K.Comma)
            {
                return;
            }

            _lex.Next();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term Object()
    {
        switch (_lex.Kind)
        {
            case K.IriRef or K.PrefixedName:
                {
                    var iri = IriTerm();
                    _lex.Next();
                    return iri;
                }

            case K.BlankNodeLabel or K.Anon:
                return BlankNodeTerm();
            case K.OpenBracket:
                return BlankNodePropertyList();
            case K.OpenParen:
                return Collection();
            case K.OpenTripleTerm:
                return TripleTermValue();
            case K.OpenReified:
                return ReifiedTriple();
            default:
                return LiteralTerm() ?? throw _lex.Error($"expected an object, found {Describe()}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal? LiteralTerm()
    {
        switch (_lex.Kind)
        {
            case K.String or K.LongString:
                {
                    string value = _lex.Value.ToString();
                    _lex.Next();
                    if (_lex.Kind == K.LanguageTag)
                    {
                        var literal = Literal.LanguageTagged(value, _lex.Value.ToString(), _lex.Direction);
                        _lex.Next();
                        return literal;
                    }

                    if (_lex.Kind == K.DoubleCaret)
                    {
                        _lex.Next();
                        if (_lex.Kind is not (K.IriRef or K.PrefixedName))
                        {
                            throw _lex.Error("expected a datatype IRI after '^^'");
                        }

                        var datatype = IriTerm();
                        if (datatype.Equals(RdfVocabulary.LangString) || datatype.Equals(RdfVocabulary.DirLangString))
                        {
                            throw _lex.Error("a literal with datatype rdf:langString needs a language tag");
                        }

                        _lex.Next();
                        return Literal.Typed(value, datatype);
                    }

                    return Literal.Create(value);
                }

            case K.Integer:
                return Number(Xsd.Integer);
            case K.Decimal:
                return Number(Xsd.Decimal);
            case K.Double:
                return Number(Xsd.Double);
            case K.True:
                _lex.Next();
                return Literal.Boolean(true);
            case K.False:
                _lex.Next();
                return Literal.Boolean(false);
            default:
                return null;
        }
    }

    private Literal Number(Iri datatype)
    {
        var literal = Literal.Typed(_lex.Value.ToString(), datatype);
        _lex.Next();
        return literal;
    }

    private BlankNode BlankNodeTerm()
    {
        var node = _lex.Kind == K.Anon ? _blanks.Fresh() : _blanks.Labeled(_lex.Value.Span);
        _lex.Next();
        return node;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw _lex.Error($"nesting deeper than {MaxDepth} levels");
        }
    }

    private BlankNode BlankNodePropertyList()
    {
        Enter();
        _lex.Next();
        var node = _blanks.Fresh();
        PredicateObjectList(node);
        Expect(K.CloseBracket, "']'");
        _depth--;
        return node;
    }

    private Term Collection()
    {
        Enter();
        _lex.Next();
        var items = new List<Term>();
        while (_lex.Kind != K.CloseParen)
        {
            if (_lex.Kind == K.EndOfInput)
            {
                throw _lex.Error("unterminated collection");
            }

            items.Add(Object());
        }

        _lex.Next();
        _depth--;
        if (items.Count == 0)
        {
            return RdfVocabulary.Nil;
        }

        var head = _blanks.Fresh();
        var node = head;
        for (int i = 0; i < items.Count; i++)
        {
            Emit(node, RdfVocabulary.First, items[i]);
            if (i + 1 < items.Count)
            {
                var next = _blanks.Fresh();
                Emit(node, RdfVocabulary.Rest, next);
                node = next;
            }
            else
            {
                Emit(node, RdfVocabulary.Rest, RdfVocabulary.Nil);
            }
        }

        return head;
    }

    private void Emit(Term subject, Term predicate, Term obj) => _pending.Add(new Quad(subject, predicate, obj, _graph));

    /// <summary>The current IRIREF or prefixed name token as an absolute IRI.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri IriTerm()
    {
        if (_lex.Kind == K.IriRef)
        {
            return ResolveIri(_lex.Value.Span);
        }

        var name = _lex.Value.Span;
        var prefix = name[.._lex.PrefixLength];
        if (!_prefixLookup.TryGetValue(prefix, out string? ns))
        {
            throw _lex.Error($"undefined prefix '{prefix}:'");
        }

        _scratch.Clear();
        _scratch.Append(ns);
        _scratch.Append(name[(_lex.PrefixLength + 1)..]);
        return _iris.Get(_scratch.Span);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ResolveIri(ReadOnlySpan<char> text)
    {
        if (IriResolver.HasScheme(text))
        {
            return _iris.Get(text);
        }

        if (_base is null)
        {
            throw _lex.Error($"relative IRI <{text}> but no base IRI is set");
        }

        return _iris.Get(IriResolver.Resolve(_base, new string(text)));
    }
}
