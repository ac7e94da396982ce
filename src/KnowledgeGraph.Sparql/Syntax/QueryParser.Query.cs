using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    public Query ParseQueryUnit()
    {
        Prologue();
        var start = Current;
        Query query;
        if (Accept("SELECT"))
        {
            query = ParseSelect();
        }
        else if (Accept("CONSTRUCT"))
        {
            query = ParseConstruct();
        }
        else if (Accept("DESCRIBE"))
        {
            query = ParseDescribe();
        }
        else if (Accept("ASK"))
        {
            query = ParseAsk();
        }
        else
        {
            throw Expected("SELECT, CONSTRUCT, DESCRIBE or ASK");
        }

        if (Current.Kind != TokenKind.End)
        {
            throw Expected("end of query");
        }

        _ = start;
        return query;
    }

    private Query ParseSelect()
    {
        var mods = new SolutionModifiers();
        ParseSelectClause(mods);
        var (defaults, named) = ParseDatasetClauses();
        Accept("WHERE");
        var where = ParseGroupGraphPattern();
        ParseSolutionModifier(mods);
        mods.Values = ParseValuesClause();
        var pattern = TranslateModifiers(where, mods, out var variables);
        return new Query(QueryForm.Select, pattern, variables, [], [], defaults, named, _base, _prefixes);
    }

    private Query ParseAsk()
    {
        var (defaults, named) = ParseDatasetClauses();
        Accept("WHERE");
        var where = ParseGroupGraphPattern();
        var mods = new SolutionModifiers();
        ParseSolutionModifier(mods);
        mods.Values = ParseValuesClause();
        var pattern = TranslateModifiers(where, mods, out _);
        return new Query(QueryForm.Ask, pattern, [], [], [], defaults, named, _base, _prefixes);
    }

    private Query ParseConstruct()
    {
        List<TriplePattern> template;
        GraphPattern where;
        (IReadOnlyList<Iri>? Defaults, IReadOnlyList<Iri>? Named) dataset;
        if (Is("{"))
        {
            template = ParseTemplate(BlankNodeMode.Template);
            dataset = ParseDatasetClauses();
            Accept("WHERE");
            where = ParseGroupGraphPattern();
        }
        else
        {
            // CONSTRUCT WHERE { triples }: the template is the pattern.
            dataset = ParseDatasetClauses();
            Expect("WHERE");
            NewBgp();
            var triples = new List<PathTriple>();
            Expect("{");
            if (!Is("}"))
            {
                ParseTriplesBlock(triples, BlankNodeMode.Variable, allowPaths: false, stopAtDot: false);
            }

            Expect("}");
            template = triples.Select(t => new TriplePattern(TemplateNode(t.Subject), t.Predicate, TemplateNode(t.Object))).ToList();
            where = TranslateTriples(triples);
        }

        var mods = new SolutionModifiers();
        ParseSolutionModifier(mods);
        mods.Values = ParseValuesClause();
        var pattern = TranslateModifiers(where, mods, out _);
        return new Query(QueryForm.Construct, pattern, [], template, [], dataset.Defaults, dataset.Named, _base, _prefixes);
    }

    // In CONSTRUCT WHERE the pattern's blank-node variables become template blank nodes again.
    private static PatternTerm TemplateNode(PatternTerm t) =>
        t.Variable is { } v && v.StartsWith("_:", StringComparison.Ordinal) ? PatternTerm.Constant(new BlankNode(v[2..])) : t;

    private Query ParseDescribe()
    {
        var terms = new List<PatternTerm>();
        if (!Accept("*"))
        {
            while (Current.Kind == TokenKind.Variable || IsIriStart)
            {
                terms.Add(Current.Kind == TokenKind.Variable ? PatternTerm.Var(Advance().Text) : PatternTerm.Constant(ParseIri()));
            }

            if (terms.Count == 0)
            {
                throw Expected("a variable, an IRI or '*' after DESCRIBE");
            }
        }

        var (defaults, named) = ParseDatasetClauses();
        GraphPattern where = Bgp.Empty;
        if (Accept("WHERE") || Is("{"))
        {
            where = ParseGroupGraphPattern();
        }

        var mods = new SolutionModifiers { SelectStar = terms.Count == 0 };
        ParseSolutionModifier(mods);
        mods.Values = ParseValuesClause();
        var pattern = TranslateModifiers(where, mods, out var variables);
        if (terms.Count == 0)
        {
            terms.AddRange(variables.Select(PatternTerm.Var));
        }

        return new Query(QueryForm.Describe, pattern, variables, [], terms, defaults, named, _base, _prefixes);
    }

    private (IReadOnlyList<Iri>? Defaults, IReadOnlyList<Iri>? Named) ParseDatasetClauses()
    {
        List<Iri>? defaults = null;
        List<Iri>? named = null;
        while (Accept("FROM"))
        {
            if (Accept("NAMED"))
            {
                (named ??= []).Add(ParseIri());
            }
            else
            {
                (defaults ??= []).Add(ParseIri());
            }
        }

        if (defaults is not null || named is not null)
        {
            defaults ??= [];
            named ??= [];
        }

        return (defaults, named);
    }

    private void ParseSelectClause(SolutionModifiers mods)
    {
        if (Accept("DISTINCT"))
        {
            mods.Distinct = true;
        }
        else if (Accept("REDUCED"))
        {
            mods.Reduced = true;
        }

        if (Accept("*"))
        {
            mods.SelectStar = true;
            return;
        }

        var items = new List<SelectItem>();
        while (true)
        {
            var at = Current;
            if (Current.Kind == TokenKind.Variable)
            {
                items.Add(new SelectItem(Advance().Text, null, at));
            }
            else if (Accept("("))
            {
                var e = ParseExpression(allowAggregates: true);
                Expect("AS");
                var v = ParseVariable();
                Expect(")");
                items.Add(new SelectItem(v, e, at));
            }
            else
            {
                break;
            }
        }

        if (items.Count == 0)
        {
            throw Expected("a variable, '(expression AS ?var)' or '*' in SELECT");
        }

        mods.Projection = items;
    }

    private void ParseSolutionModifier(SolutionModifiers mods)
    {
        if (Accept("GROUP"))
        {
            Expect("BY");
            mods.HasGroupBy = true;
            do
            {
                var at = Current;
                if (Current.Kind == TokenKind.Variable)
                {
                    string v = Advance().Text;
                    mods.GroupBy.Add((new VariableExpression(v), v, at));
                }
                else if (Accept("("))
                {
                    var e = ParseExpression(allowAggregates: false);
                    string? v = null;
                    if (Accept("AS"))
                    {
                        v = ParseVariable();
                    }

                    Expect(")");
                    mods.GroupBy.Add((e, v, at));
                }
                else if (TryParseBuiltInOrFunction(allowAggregates: false) is { } call)
                {
                    mods.GroupBy.Add((call, null, at));
                }
                else
                {
                    throw Expected("a group condition");
                }
            }
            while (Current.Kind == TokenKind.Variable || Is("(") || IsIriStart || IsBuiltInStart());
        }

        if (Accept("HAVING"))
        {
            do
            {
                mods.Having.Add(ParseConstraint(allowAggregates: true));
            }
            while (Is("(") || IsIriStart || IsBuiltInStart());
        }

        if (Accept("ORDER"))
        {
            Expect("BY");
            do
            {
                if (Accept("ASC") || Is("DESC"))
                {
                    bool desc = Accept("DESC");
                    if (!Is("("))
                    {
                        throw Expected("'(' after ASC or DESC");
                    }

                    mods.OrderBy.Add(new OrderCondition(ParseBrackettedExpression(allowAggregates: true), desc));
                }
                else if (Current.Kind == TokenKind.Variable)
                {
                    mods.OrderBy.Add(new OrderCondition(new VariableExpression(Advance().Text), false));
                }
                else
                {
                    mods.OrderBy.Add(new OrderCondition(ParseConstraint(allowAggregates: true), false));
                }
            }
            while (Current.Kind == TokenKind.Variable || Is("(") || Is("ASC") || Is("DESC") || IsIriStart || IsBuiltInStart());
        }

        for (int k = 0; k < 2; k++)
        {
            if (mods.Limit is null && Accept("LIMIT"))
            {
                mods.Limit = ParseNonNegativeInteger();
            }
            else if (mods.Offset == 0 && Accept("OFFSET"))
            {
                mods.Offset = ParseNonNegativeInteger();
            }
        }
    }

    private long ParseNonNegativeInteger()
    {
        if (Current.Kind != TokenKind.Integer)
        {
            throw Expected("an integer");
        }

        return long.Parse(Advance().Text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private Values? ParseValuesClause() => Accept("VALUES") ? ParseDataBlock() : null;

    private Values ParseDataBlock()
    {
        var vars = new List<string>();
        var rows = new List<Term?[]>();
        if (Current.Kind == TokenKind.Variable)
        {
            vars.Add(Advance().Text);
            Expect("{");
            while (!Accept("}"))
            {
                rows.Add([ParseDataBlockValue()]);
            }

            return new Values(vars, rows);
        }

        Expect("(");
        while (Current.Kind == TokenKind.Variable)
        {
            vars.Add(Advance().Text);
        }

        Expect(")");
        Expect("{");
        while (!Accept("}"))
        {
            var at = Current;
            Expect("(");
            var row = new List<Term?>();
            while (!Accept(")"))
            {
                row.Add(ParseDataBlockValue());
            }

            if (row.Count != vars.Count)
            {
                throw Error($"VALUES row has {row.Count} values for {vars.Count} variables", at);
            }

            rows.Add(row.ToArray());
        }

        return new Values(vars, rows);
    }

    private Term? ParseDataBlockValue()
    {
        if (Accept("UNDEF"))
        {
            return null;
        }

        if (IsIriStart)
        {
            return ParseIri();
        }

        return TryParseLiteral() ?? throw Expected("an IRI, a literal or UNDEF in VALUES");
    }
}
