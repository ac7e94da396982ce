using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    /// <summary>GroupGraphPattern, translated as in section 18.2.2.6 (filters of the group apply to the whole group).</summary>
    private GraphPattern ParseGroupGraphPattern()
    {
        Expect("{");
        bool savedAggregates = _aggregatesAllowed;
        _aggregatesAllowed = false;
        try
        {
            if (Is("SELECT"))
            {
                var sub = ParseSubSelect();
                Expect("}");
                return sub;
            }

            NewBgp();
            GraphPattern? g = null;
            var filters = new List<Expression>();
            var triples = new List<PathTriple>();
            void Flush()
            {
                if (triples.Count > 0)
                {
                    g = JoinWith(g, TranslateTriples(triples));
                    triples.Clear();
                }
            }

            bool needDot = false;
            while (!Is("}"))
            {
                if (IsTriplesStart())
                {
                    if (needDot)
                    {
                        throw Expected("'.' between triple patterns");
                    }

                    needDot = !ParseTriplesBlock(triples, BlankNodeMode.Variable, allowPaths: true, stopAtDot: false);
                    continue;
                }

                needDot = false;

                if (Accept("FILTER"))
                {
                    filters.Add(ParseConstraint(allowAggregates: false));
                }
                else
                {
                    Flush();
                    g = ParseGraphPatternNotTriples(g);
                    NewBgp();
                }

                Accept(".");
            }

            Flush();
            Expect("}");
            var result = g ?? Bgp.Empty;
            if (filters.Count > 0)
            {
                var condition = filters[0];
                for (int k = 1; k < filters.Count; k++)
                {
                    condition = new BinaryExpression(BinaryOperator.And, condition, filters[k]);
                }

                result = new Filter(condition, result);
            }

            return result;
        }
        finally
        {
            _aggregatesAllowed = savedAggregates;
        }
    }

    private static GraphPattern JoinWith(GraphPattern? left, GraphPattern right) => left is null ? right : new Join(left, right);

    private GraphPattern ParseGraphPatternNotTriples(GraphPattern? g)
    {
        var at = Current;
        if (Accept("OPTIONAL"))
        {
            var inner = ParseGroupGraphPattern();
            return inner is Filter f
                ? new LeftJoin(g ?? Bgp.Empty, f.Inner, f.Condition)
                : new LeftJoin(g ?? Bgp.Empty, inner, null);
        }

        if (Accept("MINUS"))
        {
            return new Minus(g ?? Bgp.Empty, ParseGroupGraphPattern());
        }

        if (Accept("BIND"))
        {
            Expect("(");
            var e = ParseExpression(allowAggregates: false);
            Expect("AS");
            var vt = Current;
            string v = ParseVariable();
            Expect(")");
            if (g is not null && Scope.InScope(g).Contains(v, StringComparer.Ordinal))
            {
                throw Error($"BIND: variable ?{v} is already in scope", vt);
            }

            return new Extend(g ?? Bgp.Empty, v, e);
        }

        if (Accept("GRAPH"))
        {
            var name = ParseVarOrIri();
            return JoinWith(g, new Graph(name, ParseGroupGraphPattern()));
        }

        if (Accept("SERVICE"))
        {
            bool silent = Accept("SILENT");
            var endpoint = ParseVarOrIri();
            int start = Current.Offset;
            var inner = ParseGroupGraphPattern();
            return JoinWith(g, new Service(endpoint, inner, silent, ServiceQueryText(start, _tokens[_i - 1].Offset + 1)));
        }

        if (Accept("VALUES"))
        {
            return JoinWith(g, ParseDataBlock());
        }

        if (Is("{"))
        {
            var left = ParseGroupGraphPattern();
            while (Accept("UNION"))
            {
                left = new Union(left, ParseGroupGraphPattern());
            }

            // Join(Z, Filter(...)) must stay a join: an enclosing OPTIONAL lifts only its own group's filters.
            return g is null && left is Filter ? new Join(Bgp.Empty, left) : JoinWith(g, left);
        }

        throw Error($"expected a triple pattern, FILTER, OPTIONAL, MINUS, BIND, GRAPH, SERVICE, VALUES, '{{' or '}}', found {at}", at);
    }

    private PatternTerm ParseVarOrIri() =>
        Current.Kind == TokenKind.Variable ? PatternTerm.Var(Advance().Text) : PatternTerm.Constant(ParseIri());

    private GraphPattern ParseSubSelect()
    {
        Expect("SELECT");
        var mods = new SolutionModifiers();
        bool saved = _aggregatesAllowed;
        ParseSelectClause(mods);
        _aggregatesAllowed = saved;
        Accept("WHERE");
        var where = ParseGroupGraphPattern();
        ParseSolutionModifier(mods);
        mods.Values = ParseValuesClause();
        return TranslateModifiers(where, mods, out _);
    }
}
