using KnowledgeGraph.Rdf.Vocabularies;
using K = KnowledgeGraph.Rdf.Formats.TurtleTokenKind;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>RDF 1.2 constructs (triple terms, reified triples, reifiers and annotation blocks) and TriG blocks.</summary>
internal sealed partial class TurtleParser
{
    /// <summary>annotation ::= (reifier | annotationBlock)*, after an object of the triple (s, p, o).</summary>
    private void Annotation(Term subject, Iri predicate, Term obj)
    {
        TripleTerm? triple = null;
        Term? reifier = null;
        while (true)
        {
            if (_lex.Kind == K.Tilde)
            {
                _lex.Next();
                triple ??= new TripleTerm(new Triple(subject, predicate, obj));
                reifier = OptionalReifier();
                Emit(reifier, RdfVocabulary.Reifies, triple);
            }
            else if (_lex.Kind == K.OpenAnnotation)
            {
                _lex.Next();
                triple ??= new TripleTerm(new Triple(subject, predicate, obj));
                if (reifier is null)
                {
                    reifier = _blanks.Fresh();
                    Emit(reifier, RdfVocabulary.Reifies, triple);
                }

                PredicateObjectList(reifier);
                Expect(K.CloseAnnotation, "'|}'");
                reifier = null;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The IRI or blank node after '~', or a fresh blank node when none is written.</summary>
    private Term OptionalReifier()
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
            default:
                return _blanks.Fresh();
        }
    }

    /// <summary>reifiedTriple ::= '&lt;&lt;' rtSubject verb rtObject reifier? '&gt;&gt;'; returns the reifier.</summary>
    private Term ReifiedTriple()
    {
        Enter();
        _lex.Next();
        Term subject = _lex.Kind switch
        {
            K.IriRef or K.PrefixedName => IriAndNext(),
            K.BlankNodeLabel or K.Anon => BlankNodeTerm(),
            K.OpenReified => ReifiedTriple(),
            _ => throw _lex.Error($"expected the subject of a reified triple, found {Describe()}"),
        };
        var predicate = Verb();
        var obj = ReifiedObject(allowReified: true);
        Term reifier;
        if (_lex.Kind == K.Tilde)
        {
            _lex.Next();
            reifier = OptionalReifier();
        }
        else
        {
            reifier = _blanks.Fresh();
        }

        Expect(K.CloseReified, "'>>'");
        _depth--;
        Emit(reifier, RdfVocabulary.Reifies, new TripleTerm(new Triple(subject, predicate, obj)));
        return reifier;
    }

    /// <summary>tripleTerm ::= '&lt;&lt;(' ttSubject verb ttObject ')&gt;&gt;'.</summary>
    private TripleTerm TripleTermValue()
    {
        Enter();
        _lex.Next();
        Term subject = _lex.Kind switch
        {
            K.IriRef or K.PrefixedName => IriAndNext(),
            K.BlankNodeLabel or K.Anon => BlankNodeTerm(),
            _ => throw _lex.Error($"expected the subject of a triple term, found {Describe()}"),
        };
        var predicate = Verb();
        var obj = ReifiedObject(allowReified: false);
        Expect(K.CloseTripleTerm, "')>>'");
        _depth--;
        return new TripleTerm(new Triple(subject, predicate, obj));
    }

    private Term ReifiedObject(bool allowReified)
    {
        switch (_lex.Kind)
        {
            case K.IriRef or K.PrefixedName:
                return IriAndNext();
            case K.BlankNodeLabel or K.Anon:
                return BlankNodeTerm();
            case K.OpenTripleTerm:
                return TripleTermValue();
            case K.OpenReified when allowReified:
                return ReifiedTriple();
            default:
                return LiteralTerm() ?? throw _lex.Error($"expected an IRI, blank node, literal or triple term, found {Describe()}");
        }
    }

    private Iri IriAndNext()
    {
        var iri = IriTerm();
        _lex.Next();
        return iri;
    }

    /// <summary>One TriG block; the current token is left on its last token ('.' or '}').</summary>
    private void Block()
    {
        switch (_lex.Kind)
        {
            case K.OpenBrace:
                WrappedGraph(DefaultGraph.Instance);
                return;
            case K.Graph:
                {
                    _lex.Next();
                    Term label = _lex.Kind switch
                    {
                        K.IriRef or K.PrefixedName => IriAndNext(),
                        K.BlankNodeLabel or K.Anon => BlankNodeTerm(),
                        _ => throw _lex.Error($"expected a graph name after GRAPH, found {Describe()}"),
                    };
                    ExpectCurrent(K.OpenBrace, "'{'");
                    WrappedGraph(label);
                    return;
                }

            case K.IriRef or K.PrefixedName or K.BlankNodeLabel or K.Anon:
                {
                    Term label = _lex.Kind is K.IriRef or K.PrefixedName ? IriAndNext() : BlankNodeTerm();
                    if (_lex.Kind == K.OpenBrace)
                    {
                        WrappedGraph(label);
                        return;
                    }

                    PredicateObjectList(label);
                    ExpectCurrent(K.Dot, "'.' at the end of a statement");
                    return;
                }

            default:
                Triples();
                ExpectCurrent(K.Dot, "'.' at the end of a statement");
                return;
        }
    }

    /// <summary>wrappedGraph ::= '{' triplesBlock? '}'; leaves the current token on '}'.</summary>
    private void WrappedGraph(Term graph)
    {
        _lex.Next();
        _graph = graph;
        while (_lex.Kind != K.CloseBrace)
        {
            Triples();
            if (_lex.Kind == K.Dot)
            {
                _lex.Next();
            }
            else if (_lex.Kind != K.CloseBrace)
            {
                throw _lex.Error($"expected '.' or '}}', found {Describe()}");
            }
        }

        _graph = DefaultGraph.Instance;
    }
}
