using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    private bool IsTriplesStart()
    {
        var t = Current;
        return t.Kind switch
        {
            TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
                or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double => true,
            TokenKind.Keyword => t.Text is "TRUE" or "FALSE",
            TokenKind.Punct => t.Text is "[" or "(" || (t.Text is "+" or "-" && PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double),
            _ => false,
        };
    }

    /// <summary>TriplesBlock / TriplesTemplate / ConstructTriples: subjects with property lists separated by '.'.</summary>
    /// <returns>Whether the block ended with '.', so that another block may follow.</returns>
    private bool ParseTriplesBlock(List<PathTriple> into, BlankNodeMode mode, bool allowPaths, bool stopAtDot)
    {
        while (true)
        {
            ParseTriplesSameSubject(into, mode, allowPaths);
            if (!Accept("."))
            {
                return false;
            }

            if (stopAtDot || !IsTriplesStart())
            {
                return true;
            }
        }
    }

    private void ParseTriplesSameSubject(List<PathTriple> into, BlankNodeMode mode, bool allowPaths)
    {
        if (Is("[") && !PeekToken().Is("]"))
        {
            var subject = ParseBlankNodePropertyList(into, mode, allowPaths);
            if (IsVerbStart(allowPaths))
            {
                ParsePropertyList(subject, into, mode, allowPaths);
            }

            return;
        }

        if (Is("(") && !PeekToken().Is(")"))
        {
            var subject = ParseCollection(into, mode, allowPaths);
            if (IsVerbStart(allowPaths))
            {
                ParsePropertyList(subject, into, mode, allowPaths);
            }

            return;
        }

        var s = ParseVarOrTerm(mode);
        if (!IsVerbStart(allowPaths))
        {
            throw Expected("a predicate");
        }

        ParsePropertyList(s, into, mode, allowPaths);
    }

    private bool IsVerbStart(bool allowPaths)
    {
        var t = Current;
        if (t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName || t.Is("a"))
        {
            return true;
        }

        return allowPaths && (t.Is("^") || t.Is("!") || t.Is("("));
    }

    private void ParsePropertyList(PatternTerm subject, List<PathTriple> into, BlankNodeMode mode, bool allowPaths)
    {
        while (true)
        {
            PatternTerm predicate = default;
            PropertyPath? path = null;
            var at = Current;
            if (Current.Kind == TokenKind.Variable)
            {
                predicate = PatternTerm.Var(Advance().Text);
            }
            else if (allowPaths)
            {
                path = ParsePath();
                if (path is PredicatePath pp)
                {
                    predicate = PatternTerm.Constant(pp.Predicate);
                    path = null;
                }
            }
            else if (Accept("a"))
            {
                predicate = PatternTerm.Constant(RdfVocabulary.Type);
            }
            else
            {
                predicate = PatternTerm.Constant(ParseIri());
            }

            _ = at;
            do
            {
                var obj = ParseGraphNode(into, mode, allowPaths);
                into.Add(new PathTriple(subject, predicate, path, obj));
            }
            while (Accept(","));

            bool more = false;
            while (Accept(";"))
            {
                if (IsVerbStart(allowPaths))
                {
                    more = true;
                    break;
                }
            }

            if (!more)
            {
                return;
            }
        }
    }

    private PatternTerm ParseGraphNode(List<PathTriple> into, BlankNodeMode mode, bool allowPaths)
    {
        if (Is("[") && !PeekToken().Is("]"))
        {
            return ParseBlankNodePropertyList(into, mode, allowPaths);
        }

        if (Is("(") && !PeekToken().Is(")"))
        {
            return ParseCollection(into, mode, allowPaths);
        }

        return ParseVarOrTerm(mode);
    }

    private PatternTerm ParseBlankNodePropertyList(List<PathTriple> into, BlankNodeMode mode, bool allowPaths)
    {
        var at = Current;
        Expect("[");
        var node = BlankNodeTerm(null, mode, at);
        if (!IsVerbStart(allowPaths))
        {
            throw Expected("a predicate in '[ ... ]'");
        }

        ParsePropertyList(node, into, mode, allowPaths);
        Expect("]");
        return node;
    }

    private PatternTerm ParseCollection(List<PathTriple> into, BlankNodeMode mode, bool allowPaths)
    {
        var at = Current;
        Expect("(");
        var items = new List<PatternTerm>();
        while (!Accept(")"))
        {
            items.Add(ParseGraphNode(into, mode, allowPaths));
        }

        var first = PatternTerm.Constant(RdfVocabulary.First);
        var rest = PatternTerm.Constant(RdfVocabulary.Rest);
        var head = BlankNodeTerm(null, mode, at);
        var node = head;
        for (int k = 0; k < items.Count; k++)
        {
            into.Add(new PathTriple(node, first, null, items[k]));
            var next = k == items.Count - 1 ? PatternTerm.Constant(RdfVocabulary.Nil) : BlankNodeTerm(null, mode, at);
            into.Add(new PathTriple(node, rest, null, next));
            node = next;
        }

        return head;
    }

    /// <summary>VarOrTerm, including ANON '[]' and NIL '()'.</summary>
    private PatternTerm ParseVarOrTerm(BlankNodeMode mode)
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Variable:
                if (mode == BlankNodeMode.Template && _noVariables)
                {
                    throw Error("variables are not allowed in INSERT DATA or DELETE DATA");
                }

                if (mode == BlankNodeMode.Forbidden && _noVariables)
                {
                    throw Error("variables are not allowed in DELETE DATA");
                }

                _i++;
                return PatternTerm.Var(t.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return PatternTerm.Constant(ParseIri());
            case TokenKind.BlankNodeLabel:
                _i++;
                return BlankNodeTerm(t.Text, mode, t);
        }

        if (t.Is("[") && PeekToken().Is("]"))
        {
            _i += 2;
            return BlankNodeTerm(null, mode, t);
        }

        if (t.Is("(") && PeekToken().Is(")"))
        {
            _i += 2;
            return PatternTerm.Constant(RdfVocabulary.Nil);
        }

        var literal = TryParseLiteral();
        if (literal is not null)
        {
            return PatternTerm.Constant(literal);
        }

        throw Expected("a variable, IRI, literal or blank node");
    }

    /// <summary>Path ::= PathAlternative (section 19, rules 88-96).</summary>
    private PropertyPath ParsePath()
    {
        var left = ParsePathSequence();
        while (Accept("|"))
        {
            left = new AlternativePath(left, ParsePathSequence());
        }

        return left;
    }

    private PropertyPath ParsePathSequence()
    {
        var left = ParsePathEltOrInverse();
        while (Accept("/"))
        {
            left = new SequencePath(left, ParsePathEltOrInverse());
        }

        return left;
    }

    private PropertyPath ParsePathEltOrInverse()
    {
        if (Accept("^"))
        {
            return new InversePath(ParsePathElt());
        }

        return ParsePathElt();
    }

    private PropertyPath ParsePathElt()
    {
        var primary = ParsePathPrimary();
        if (Accept("?"))
        {
            return new ZeroOrOnePath(primary);
        }

        if (Accept("*"))
        {
            return new ZeroOrMorePath(primary);
        }

        if (Is("+") && !(PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && !PeekToken().SpaceBefore))
        {
            _i++;
            return new OneOrMorePath(primary);
        }

        return primary;
    }

    private PropertyPath ParsePathPrimary()
    {
        if (Accept("a"))
        {
            return new PredicatePath(RdfVocabulary.Type);
        }

        if (Accept("!"))
        {
            var forward = new List<Iri>();
            var inverse = new List<Iri>();
            if (Accept("("))
            {
                if (!Is(")"))
                {
                    do
                    {
                        ParsePathOneInPropertySet(forward, inverse);
                    }
                    while (Accept("|"));
                }

                Expect(")");
            }
            else
            {
                ParsePathOneInPropertySet(forward, inverse);
            }

            return new NegatedPropertySet(forward, inverse);
        }

        if (Accept("("))
        {
            var inner = ParsePath();
            Expect(")");
            return inner;
        }

        return new PredicatePath(ParseIri());
    }

    private void ParsePathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        bool inv = Accept("^");
        var iri = Accept("a") ? RdfVocabulary.Type : ParseIri();
        (inv ? inverse : forward).Add(iri);
    }

    /// <summary>ConstructTemplate: '{' ConstructTriples? '}'.</summary>
    private List<TriplePattern> ParseTemplate(BlankNodeMode mode)
    {
        Expect("{");
        var triples = new List<PathTriple>();
        if (!Is("}"))
        {
            ParseTriplesBlock(triples, mode, allowPaths: false, stopAtDot: false);
        }

        Expect("}");
        return triples.Select(t => new TriplePattern(t.Subject, t.Predicate, t.Object)).ToList();
    }
}
