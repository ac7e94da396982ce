using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    public UpdateRequest ParseUpdateUnit()
    {
        var operations = new List<UpdateOperation>();
        Prologue();
        while (Current.Kind != TokenKind.End)
        {
            _blankNodeScopes.Clear();
            operations.Add(ParseUpdate1());
            _operationIndex++;
            if (!Accept(";"))
            {
                break;
            }

            Prologue();
        }

        if (Current.Kind != TokenKind.End)
        {
            throw Expected("';' or end of update");
        }

        return new UpdateRequest(operations, _base, _prefixes);
    }

    private UpdateOperation ParseUpdate1()
    {
        var t = Current;
        if (Accept("LOAD"))
        {
            bool silent = Accept("SILENT");
            var source = ParseIri();
            Iri? into = null;
            if (Accept("INTO"))
            {
                Expect("GRAPH");
                into = ParseIri();
            }

            return new LoadOperation(silent, source, into);
        }

        if (Accept("CLEAR"))
        {
            bool silent = Accept("SILENT");
            return new ClearOperation(silent, ParseGraphRefAll());
        }

        if (Accept("DROP"))
        {
            bool silent = Accept("SILENT");
            return new DropOperation(silent, ParseGraphRefAll());
        }

        if (Accept("CREATE"))
        {
            bool silent = Accept("SILENT");
            Expect("GRAPH");
            return new CreateOperation(silent, ParseIri());
        }

        foreach (var (keyword, kind) in new[] { ("ADD", TransferKind.Add), ("MOVE", TransferKind.Move), ("COPY", TransferKind.Copy) })
        {
            if (Accept(keyword))
            {
                bool silent = Accept("SILENT");
                var from = ParseGraphOrDefault();
                Expect("TO");
                var to = ParseGraphOrDefault();
                return new TransferOperation(kind, silent, from, to);
            }
        }

        if (Is("INSERT") && PeekToken().Is("DATA"))
        {
            _i += 2;
            return new InsertDataOperation(ParseQuadData(BlankNodeMode.Template));
        }

        if (Is("DELETE") && PeekToken().Is("DATA"))
        {
            _i += 2;
            return new DeleteDataOperation(ParseQuadData(BlankNodeMode.Forbidden));
        }

        if (Is("DELETE") && PeekToken().Is("WHERE"))
        {
            _i += 2;
            var quads = ParseQuadPattern(BlankNodeMode.Forbidden);
            return new ModifyOperation(null, quads, [], [], [], QuadsToPattern(quads));
        }

        Iri? with = null;
        if (Accept("WITH"))
        {
            with = ParseIri();
        }

        List<QuadPattern> delete = [];
        List<QuadPattern> insert = [];
        bool any = false;
        if (Accept("DELETE"))
        {
            delete = ParseQuadPattern(BlankNodeMode.Forbidden);
            any = true;
        }

        if (Accept("INSERT"))
        {
            insert = ParseQuadPattern(BlankNodeMode.Template);
            any = true;
        }

        if (!any)
        {
            throw with is null ? Expected("an update operation") : Expected("DELETE or INSERT after WITH");
        }

        var usingDefault = new List<Iri>();
        var usingNamed = new List<Iri>();
        while (Accept("USING"))
        {
            if (Accept("NAMED"))
            {
                usingNamed.Add(ParseIri());
            }
            else
            {
                usingDefault.Add(ParseIri());
            }
        }

        Expect("WHERE");
        var where = ParseGroupGraphPattern();
        _ = t;
        return new ModifyOperation(with, delete, insert, usingDefault, usingNamed, where);
    }

    private GraphTarget ParseGraphRefAll()
    {
        if (Accept("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        if (Accept("NAMED"))
        {
            return new GraphTarget(GraphTargetKind.Named, null);
        }

        if (Accept("ALL"))
        {
            return new GraphTarget(GraphTargetKind.All, null);
        }

        Expect("GRAPH");
        return GraphTarget.Named(ParseIri());
    }

    private GraphTarget ParseGraphOrDefault()
    {
        if (Accept("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        Accept("GRAPH");
        return GraphTarget.Named(ParseIri());
    }

    private List<Quad> ParseQuadData(BlankNodeMode mode)
    {
        _noVariables = true;
        try
        {
            var patterns = ParseQuadPattern(mode);
            return patterns.Select(q => new Quad(q.Subject.Term!, q.Predicate.Term!, q.Object.Term!, q.Graph?.Term ?? DefaultGraph.Instance)).ToList();
        }
        finally
        {
            _noVariables = false;
        }
    }

    /// <summary>QuadPattern / QuadData: '{' Quads '}'.</summary>
    private List<QuadPattern> ParseQuadPattern(BlankNodeMode mode)
    {
        var result = new List<QuadPattern>();
        Expect("{");
        bool needDot = false;
        while (!Accept("}"))
        {
            if (needDot && IsTriplesStart())
            {
                throw Expected("'.' between triple patterns");
            }

            needDot = false;
            if (Accept("GRAPH"))
            {
                if (_noVariables && Current.Kind == TokenKind.Variable)
                {
                    throw Error("variables are not allowed in INSERT DATA or DELETE DATA");
                }

                var graph = ParseVarOrIri();
                Expect("{");
                var triples = new List<PathTriple>();
                if (!Is("}"))
                {
                    ParseTriplesBlock(triples, mode, allowPaths: false, stopAtDot: false);
                }

                Expect("}");
                result.AddRange(triples.Select(x => new QuadPattern(x.Subject, x.Predicate, x.Object, graph)));
                Accept(".");
            }
            else if (IsTriplesStart())
            {
                var triples = new List<PathTriple>();
                needDot = !ParseTriplesBlock(triples, mode, allowPaths: false, stopAtDot: false);
                result.AddRange(triples.Select(x => new QuadPattern(x.Subject, x.Predicate, x.Object, null)));
            }
            else
            {
                throw Expected("a triple, GRAPH or '}'");
            }
        }

        return result;
    }

    private static GraphPattern QuadsToPattern(List<QuadPattern> quads)
    {
        GraphPattern? result = null;
        var defaultTriples = quads.Where(q => q.Graph is null).Select(q => new TriplePattern(q.Subject, q.Predicate, q.Object)).ToList();
        if (defaultTriples.Count > 0)
        {
            result = new Bgp(defaultTriples);
        }

        foreach (var group in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!.Value))
        {
            var inner = new Graph(group.Key, new Bgp(group.Select(q => new TriplePattern(q.Subject, q.Predicate, q.Object)).ToList()));
            result = result is null ? inner : new Join(result, inner);
        }

        return result ?? Bgp.Empty;
    }
}
