using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>Runs one query: sets up the dataset and slots, and shapes the solutions into the query form's result.</summary>
internal sealed class QueryRunner
{
    private readonly SparqlEngine _engine;
    private readonly Query _query;
    private readonly CancellationTokenSource _cts;
    private readonly CancellationToken _user;
    private readonly EvalContext _ctx;
    private readonly PatternEvaluator _evaluator;

    public QueryRunner(SparqlEngine engine, IQuadSource source, Query query, QueryDataset? dataset, CancellationTokenSource cts, CancellationToken user)
    {
        _engine = engine;
        _query = query;
        _cts = cts;
        _user = user;
        var slots = new SlotMap();
        foreach (var v in query.Variables)
        {
            _ = slots[v];
        }

        slots.AddAll(query.Pattern);
        foreach (var t in query.Template)
        {
            slots.Add(t.Subject);
            slots.Add(t.Predicate);
            slots.Add(t.Object);
        }

        foreach (var t in query.DescribeTerms)
        {
            slots.Add(t);
        }

        Term[] defaults;
        IReadOnlyList<Term>? named;
        if (dataset is not null)
        {
            defaults = [.. dataset.DefaultGraphs];
            named = dataset.NamedGraphs;
        }
        else if (query.HasDatasetClause)
        {
            defaults = [.. query.DefaultGraphs!];
            named = [.. query.NamedGraphs!];
        }
        else
        {
            defaults = [DefaultGraph.Instance];
            named = null;
        }

        _ctx = new EvalContext(source, slots, defaults, named, query.BaseIri ?? engine.Options.BaseIri, cts.Token) { ServiceExecutor = engine.Options.ServiceExecutor };
        _evaluator = new PatternEvaluator(_ctx);
    }

    public QueryResult Run()
    {
        var rows = _evaluator.Eval(_query.Pattern, _ctx.NewRow(), _ctx.DefaultGraphs);
        switch (_query.Form)
        {
            case QueryForm.Select:
                {
                    var variables = _query.Variables;
                    var slots = variables.Select(v => _ctx.Slots[v]).ToArray();
                    var solutions = rows.Select(r =>
                    {
                        var values = new Term?[slots.Length];
                        for (int i = 0; i < slots.Length; i++)
                        {
                            values[i] = r[slots[i]];
                        }

                        return new Solution(variables, values);
                    });
                    return new SolutionsResult(variables, Guard(solutions), _cts);
                }

            case QueryForm.Ask:
                {
                    bool any;
                    using (_cts)
                    {
                        any = Guard(rows).Any();
                    }

                    return new BooleanResult(any);
                }

            case QueryForm.Construct:
                return new GraphResult(Guard(Construct(rows)), _cts);
            default:
                return new GraphResult(Guard(Describe(rows)), _cts);
        }
    }

    private IEnumerable<T> Guard<T>(IEnumerable<T> source)
    {
        long count = 0;
        long? limit = _engine.Options.ResultLimit;
        IEnumerator<T> e;
        try
        {
            e = source.GetEnumerator();
        }
        catch (OperationCanceledException ex) when (!_user.IsCancellationRequested && _cts.IsCancellationRequested)
        {
            throw Timeout(ex);
        }

        using (e)
        {
            while (true)
            {
                bool has;
                try
                {
                    has = e.MoveNext();
                }
                catch (OperationCanceledException ex) when (!_user.IsCancellationRequested && _cts.IsCancellationRequested)
                {
                    throw Timeout(ex);
                }

                if (!has)
                {
                    yield break;
                }

                if (limit is not null && ++count > limit)
                {
                    throw new QueryEvaluationException($"The query produced more than {limit} results.", EvaluationFailure.ResultLimit);
                }

                yield return e.Current;
            }
        }
    }

    private QueryTimeoutException Timeout(Exception inner) =>
        new($"The query was stopped after the timeout of {_engine.Options.Timeout?.TotalSeconds:0.###} s.", inner);

    private IEnumerable<Triple> Construct(IEnumerable<Term?[]> rows)
    {
        var seen = new HashSet<Triple>();
        var template = _query.Template;
        foreach (var row in rows)
        {
            var bnodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var t in template)
            {
                var s = Instantiate(t.Subject, row, bnodes);
                var p = Instantiate(t.Predicate, row, bnodes);
                var o = Instantiate(t.Object, row, bnodes);
                if (s is null || p is not Iri || o is null || s is Literal)
                {
                    continue;
                }

                var triple = new Triple(s, p, o);
                if (seen.Add(triple))
                {
                    yield return triple;
                }
            }
        }
    }

    private Term? Instantiate(PatternTerm t, Term?[] row, Dictionary<string, BlankNode> bnodes)
    {
        if (t.Variable is not null)
        {
            return row[_ctx.Slots[t.Variable]];
        }

        if (t.Term is BlankNode b)
        {
            if (!bnodes.TryGetValue(b.Label, out var fresh))
            {
                fresh = BlankNode.CreateUnique();
                bnodes[b.Label] = fresh;
            }

            return fresh;
        }

        return t.Term;
    }

    /// <summary>DESCRIBE: the triples about each resource, following blank-node objects (a concise bounded description).</summary>
    private IEnumerable<Triple> Describe(IEnumerable<Term?[]> rows)
    {
        var resources = new List<Term>();
        var constants = _query.DescribeTerms.Where(t => t.Term is not null).Select(t => t.Term!).ToList();
        var slots = _query.DescribeTerms.Where(t => t.Variable is not null).Select(t => _ctx.Slots[t.Variable!]).ToArray();
        resources.AddRange(constants);
        if (slots.Length > 0)
        {
            foreach (var row in rows)
            {
                foreach (int s in slots)
                {
                    if (row[s] is { } v)
                    {
                        resources.Add(v);
                    }
                }
            }
        }

        var seen = new HashSet<Triple>();
        var visited = new HashSet<Term>();
        var queue = new Queue<Term>(resources.Distinct());
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            if (!visited.Add(r) || r is Literal)
            {
                continue;
            }

            foreach (var q in _ctx.Match(r, null, null, _ctx.DefaultGraphs))
            {
                if (seen.Add(q.Triple))
                {
                    yield return q.Triple;
                    if (q.Obj is BlankNode)
                    {
                        queue.Enqueue(q.Obj);
                    }
                }
            }
        }
    }
}
