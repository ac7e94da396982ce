using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

internal sealed partial class PatternEvaluator
{
    // Above this many distinct bindings the remote query goes without VALUES and the join happens here.
    private const int MaxServiceBindings = 1000;

    private IEnumerable<Term?[]> EvalService(Service s, Term?[] seed, Term[] graphs) => ServiceJoin(null, s, seed, graphs);

    /// <summary>
    /// Joins <paramref name="left"/> (or just the seed) with a SERVICE block: the left solutions are evaluated first and
    /// their distinct bindings of the block's variables travel in a VALUES clause; the answer is joined here.
    /// </summary>
    private IEnumerable<Term?[]> ServiceJoin(GraphPattern? left, Service s, Term?[] seed, Term[] graphs)
    {
        if (left is not null && s.Endpoint.Variable is not null)
        {
            // The endpoint may differ per left solution: one call per solution.
            foreach (var l in Eval(left, seed, graphs))
            {
                foreach (var r in ServiceJoin(null, s, l, graphs))
                {
                    yield return r;
                }
            }

            yield break;
        }

        var leftRows = left is null ? [seed] : Eval(left, seed, graphs).ToList();
        if (leftRows.Count == 0)
        {
            yield break;
        }

        var blockSlots = ScopeSlots(s.Inner);
        var remote = ServiceRows(s, seed, leftRows, blockSlots);
        var shared = left is null ? blockSlots.Where(slot => seed[slot] is not null).ToArray() : SharedSlots(left, s.Inner);
        var table = new JoinTable(shared, remote);
        foreach (var l in leftRows)
        {
            foreach (var r in table.Candidates(l))
            {
                _ctx.Tick();
                if (JoinTable.Compatible(l, r))
                {
                    yield return JoinTable.Merge(l, r);
                }
            }
        }
    }

    private List<Term?[]> ServiceRows(Service s, Term?[] seed, List<Term?[]> leftRows, int[] blockSlots)
    {
        var endpoint = s.Endpoint.Term ?? seed[_ctx.Slots[s.Endpoint.Variable!]];
        try
        {
            if (_ctx.ServiceExecutor is not { } executor)
            {
                throw new QueryEvaluationException("SERVICE needs a service executor; this engine makes no outgoing calls.", EvaluationFailure.Unsupported);
            }

            if (endpoint is not Iri iri)
            {
                throw new QueryEvaluationException("SERVICE endpoint is not bound to an IRI.", EvaluationFailure.Unsupported);
            }

            if (s.QueryText is null)
            {
                throw new QueryEvaluationException("SERVICE block has no query text to send.", EvaluationFailure.Unsupported);
            }

            string query = s.QueryText + ValuesClause(leftRows, blockSlots);
            using var result = executor.ExecuteAsync(iri, query, _ctx.Token).GetAwaiter().GetResult();
            var slots = result.Variables.Select(v => _ctx.Slots.TryGet(v, out int slot) ? slot : -1).ToArray();
            var rows = new List<Term?[]>();
            foreach (var solution in result)
            {
                _ctx.Tick();
                var row = (Term?[])seed.Clone();
                bool compatible = true;
                for (int i = 0; i < slots.Length && compatible; i++)
                {
                    if (slots[i] >= 0 && solution[i] is { } value)
                    {
                        compatible = row[slots[i]] is null || row[slots[i]]!.Equals(value);
                        row[slots[i]] = value;
                    }
                }

                if (compatible)
                {
                    rows.Add(row);
                }
            }

            return rows;
        }
        catch (Exception e) when (s.Silent && !(e is OperationCanceledException && _ctx.Token.IsCancellationRequested))
        {
            // SERVICE SILENT: a failure is one solution that binds nothing.
            return [seed];
        }
        catch (Exception e) when (e is not QueryEvaluationException and not OperationCanceledException)
        {
            throw new QueryEvaluationException($"SERVICE <{endpoint}> failed: {e.Message}", EvaluationFailure.Unsupported);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex PlainVariable();

    /// <summary>VALUES with the distinct bindings of the block's variables, or nothing when none are bound or too many.</summary>
    private string ValuesClause(List<Term?[]> leftRows, int[] blockSlots)
    {
        var bound = blockSlots.Where(slot => leftRows.Any(r => r[slot] is not null) && PlainVariable().IsMatch(_ctx.Slots.NameOf(slot))).ToArray();
        if (bound.Length == 0)
        {
            return "";
        }

        var distinct = new HashSet<RowKey>();
        foreach (var r in leftRows)
        {
            var key = RowKey.Of(r, bound);
            if (key.Values.Any(v => v is BlankNode or TripleTerm))
            {
                // Blank nodes cannot travel in VALUES; let the endpoint answer unrestricted.
                return "";
            }

            distinct.Add(key);
            if (distinct.Count > MaxServiceBindings)
            {
                return "";
            }
        }

        var sb = new StringBuilder("\nVALUES (");
        sb.AppendJoin(' ', bound.Select(slot => "?" + _ctx.Slots.NameOf(slot))).Append(") {");
        foreach (var key in distinct)
        {
            sb.Append(" (").AppendJoin(' ', key.Values.Select(v => v?.ToString() ?? "UNDEF")).Append(')');
        }

        return sb.Append(" }").ToString();
    }
}
