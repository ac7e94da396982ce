using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The recursive-descent parser behind <see cref="SparqlParser"/>: one instance per text.</summary>
internal sealed partial class QueryParser
{
    private readonly List<Token> _tokens;
    private readonly string? _source;
    private readonly PrefixMap _prefixes = new();
    private string? _base;
    private int _i;
    private int _fresh;

    // Blank node labels used in WHERE patterns, with the basic graph pattern that first used them.
    private readonly Dictionary<string, int> _blankNodeScopes = new(StringComparer.Ordinal);
    private int _bgpId;
    private int _currentBgp;

    // Labels used in INSERT DATA across the request: reuse in another operation is an error.
    private readonly Dictionary<string, int> _dataBlankNodes = new(StringComparer.Ordinal);
    private int _operationIndex;

    public QueryParser(string text, SparqlParserOptions options)
    {
        _source = options.SourceName;
        _base = options.BaseIri;
        if (options.Prefixes is not null)
        {
            foreach (var (k, v) in options.Prefixes.Entries)
            {
                _prefixes.Set(k, v);
            }
        }

        _text = text;
        _tokens = new SparqlLexer(text, _source).Tokenize();
    }

    private readonly string _text;

    private Token Current => _tokens[_i];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_i + ahead, _tokens.Count - 1)];

    private Token Advance() => _tokens[_i < _tokens.Count - 1 ? _i++ : _i];

    private SparqlSyntaxException Error(string message, Token? at = null)
    {
        var t = at ?? Current;
        return new SparqlSyntaxException(message, _source, t.Line, t.Column, t.Offset);
    }

    private SparqlSyntaxException Expected(string what) => Error($"expected {what}, found {Current}");

    private bool Is(string punctOrKeyword) => Current.Is(punctOrKeyword);

    private bool Accept(string punctOrKeyword)
    {
        if (Current.Is(punctOrKeyword))
        {
            _i++;
            return true;
        }

        return false;
    }

    private void Expect(string punctOrKeyword)
    {
        if (!Accept(punctOrKeyword))
        {
            throw Expected("'" + punctOrKeyword + "'");
        }
    }

    private string FreshVariable(string kind) => "_:." + kind + (_fresh++).ToString(CultureInfo.InvariantCulture);

    private string InternalVariable(string kind) => "." + kind + (_fresh++).ToString(CultureInfo.InvariantCulture);

    private void Prologue()
    {
        while (true)
        {
            if (Accept("BASE"))
            {
                if (Current.Kind != TokenKind.IriRef)
                {
                    throw Expected("an IRI after BASE");
                }

                _base = ResolveIri(Advance().Text).Value;
            }
            else if (Accept("PREFIX"))
            {
                var t = Current;
                if (t.Kind != TokenKind.PrefixedName || t.Text.Length != 0)
                {
                    throw Expected("a prefix name ending with ':'");
                }

                _i++;
                if (Current.Kind != TokenKind.IriRef)
                {
                    throw Expected("an IRI for the prefix");
                }

                _prefixes.Set(t.Prefix!, ResolveIri(Advance().Text).Value);
            }
            else
            {
                return;
            }
        }
    }

    private Iri ResolveIri(string reference)
    {
        if (_base is null || IriResolver.HasScheme(reference))
        {
            return Iri.Unchecked(reference);
        }

        try
        {
            return Iri.Unchecked(IriResolver.Resolve(_base, reference));
        }
        catch (ArgumentException)
        {
            return Iri.Unchecked(reference);
        }
    }

    private bool IsIriStart => Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName;

    /// <summary>iri ::= IRIREF | PrefixedName.</summary>
    private Iri ParseIri()
    {
        var t = Current;
        if (t.Kind == TokenKind.IriRef)
        {
            _i++;
            return ResolveIri(t.Text);
        }

        if (t.Kind == TokenKind.PrefixedName)
        {
            _i++;
            if (!_prefixes.TryGetNamespace(t.Prefix!, out string ns))
            {
                throw Error($"undeclared prefix '{t.Prefix}:'", t);
            }

            return Iri.Unchecked(ns + t.Text);
        }

        throw Expected("an IRI");
    }

    private string ParseVariable()
    {
        if (Current.Kind != TokenKind.Variable)
        {
            throw Expected("a variable");
        }

        return Advance().Text;
    }

    /// <summary>RDFLiteral, NumericLiteral (with optional sign) or BooleanLiteral; null when the current token starts none.</summary>
    private Literal? TryParseLiteral()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.String:
                _i++;
                if (Current.Kind == TokenKind.LangTag)
                {
                    return Literal.LanguageTagged(t.Text, Advance().Text);
                }

                if (Accept("^^"))
                {
                    return Literal.Typed(t.Text, ParseIri());
                }

                return Literal.Create(t.Text);
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.Double:
                _i++;
                return NumericLiteral(t, "");
            case TokenKind.Keyword when t.Text is "TRUE" or "FALSE":
                _i++;
                return Literal.Boolean(t.Text == "TRUE");
            case TokenKind.Punct when t.Text is "+" or "-":
                {
                    var n = PeekToken();
                    if (n.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && !n.SpaceBefore)
                    {
                        _i += 2;
                        return NumericLiteral(n, t.Text);
                    }

                    return null;
                }

            default:
                return null;
        }
    }

    private static Literal NumericLiteral(Token t, string sign)
    {
        var datatype = t.Kind switch
        {
            TokenKind.Integer => Xsd.Integer,
            TokenKind.Decimal => Xsd.Decimal,
            _ => Xsd.Double,
        };
        return Literal.Typed(sign + t.Text, datatype);
    }

    /// <summary>A blank node label in a pattern or template, checked against the scoping rules.</summary>
    private PatternTerm BlankNodeTerm(string? label, BlankNodeMode mode, Token at)
    {
        switch (mode)
        {
            case BlankNodeMode.Forbidden:
                throw Error("blank nodes are not allowed here (DELETE templates and DELETE DATA)", at);
            case BlankNodeMode.Template:
                if (label is null)
                {
                    return PatternTerm.Constant(new BlankNode("." + (_fresh++).ToString(CultureInfo.InvariantCulture)));
                }

                if (_noVariables && _dataBlankNodes.TryGetValue(label, out int op) && op != _operationIndex)
                {
                    throw Error($"blank node label _:{label} is used in two operations of the request", at);
                }

                if (_noVariables)
                {
                    _dataBlankNodes[label] = _operationIndex;
                }

                return PatternTerm.Constant(new BlankNode(label));
            default:
                if (label is null)
                {
                    return PatternTerm.Var(FreshVariable("b"));
                }

                if (_blankNodeScopes.TryGetValue(label, out int bgp) && bgp != _currentBgp)
                {
                    throw Error($"blank node label _:{label} is used in two basic graph patterns", at);
                }

                _blankNodeScopes[label] = _currentBgp;
                return PatternTerm.Var("_:" + label);
        }
    }

    private void NewBgp() => _currentBgp = ++_bgpId;
}
