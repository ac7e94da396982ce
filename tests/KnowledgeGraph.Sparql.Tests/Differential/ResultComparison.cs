using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Differential;

/// <summary>A query answer reduced to what the comparison needs: an error, a boolean, or rows keyed by variable.</summary>
internal sealed record Answer(string? Error, bool? Boolean, List<Dictionary<string, Term>>? Rows)
{
    public static Answer Of(QueryResult result) => result switch
    {
        BooleanResult b => new Answer(null, b.Value, null),
        SolutionsResult s => new Answer(null, null, [.. s.Select(row => row.Bindings.ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal))]),
        _ => new Answer("unexpected result kind " + result.GetType().Name, null, null),
    };

    public override string ToString()
    {
        if (Error is not null)
        {
            return "error: " + Error;
        }

        if (Boolean is { } b)
        {
            return b ? "true" : "false";
        }

        return Rows!.Count + " rows:\n" + string.Join("\n", Rows.Take(30).Select(r => "  " + string.Join(" ", r.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => "?" + kv.Key + "=" + kv.Value))));
    }
}

/// <summary>
/// Compares two answers: booleans by value, rows as multisets (or as sequences when the order is fixed) up to a
/// consistent renaming of blank nodes. Two errors count as equal.
/// </summary>
internal static class ResultComparison
{
    public static bool Same(Answer a, Answer b, bool ordered)
    {
        if (a.Error is not null || b.Error is not null)
        {
            return a.Error is not null && b.Error is not null;
        }

        if (a.Boolean is not null || b.Boolean is not null)
        {
            return a.Boolean == b.Boolean;
        }

        var x = a.Rows!;
        var y = b.Rows!;
        if (x.Count != y.Count)
        {
            return false;
        }

        if (ordered)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var back = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < x.Count; i++)
            {
                if (!RowMatches(x[i], y[i], map, back, []))
                {
                    return false;
                }
            }

            return true;
        }

        // Blank-node-blind signatures must agree as multisets before the bijection search.
        var sx = x.Select(Signature).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var sy = y.Select(Signature).OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (!sx.SequenceEqual(sy, StringComparer.Ordinal))
        {
            return false;
        }

        // Rows without blank nodes already agree; search a consistent renaming only over the rest, trying for each
        // row only the rows of the other side with the same signature.
        var bx = x.Where(r => r.Values.Any(t => t is BlankNode)).ToList();
        if (bx.Count == 0)
        {
            return true;
        }

        var by = y.Where(r => r.Values.Any(t => t is BlankNode)).ToList();
        var candidates = bx.Select(r => Enumerable.Range(0, by.Count).Where(j => Signature(by[j]) == Signature(r)).ToArray()).ToArray();
        var used = new bool[by.Count];
        int budget = 2_000_000;
        return Match(bx, by, candidates, 0, used, new(StringComparer.Ordinal), new(StringComparer.Ordinal), ref budget);
    }

    /// <summary>Whether the two answers hold the same distinct rows (up to blank node renaming).</summary>
    public static bool SameDistinct(Answer a, Answer b) =>
        a.Rows is not null && b.Rows is not null && Same(a with { Rows = DistinctRows(a.Rows) }, b with { Rows = DistinctRows(b.Rows) }, ordered: false);

    private static List<Dictionary<string, Term>> DistinctRows(List<Dictionary<string, Term>> rows) =>
        [.. rows.GroupBy(r => string.Join(" ", r.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)), StringComparer.Ordinal).Select(g => g.First())];

    private static bool Match(List<Dictionary<string, Term>> x, List<Dictionary<string, Term>> y, int[][] candidates, int i, bool[] used, Dictionary<string, string> map, Dictionary<string, string> back, ref int budget)
    {
        if (i == x.Count)
        {
            return true;
        }

        foreach (int j in candidates[i])
        {
            if (used[j] || --budget < 0)
            {
                continue;
            }

            var added = new List<string>();
            if (RowMatches(x[i], y[j], map, back, added))
            {
                used[j] = true;
                if (Match(x, y, candidates, i + 1, used, map, back, ref budget))
                {
                    return true;
                }

                used[j] = false;
            }

            foreach (var label in added)
            {
                back.Remove(map[label]);
                map.Remove(label);
            }
        }

        return false;
    }

    private static bool RowMatches(Dictionary<string, Term> a, Dictionary<string, Term> b, Dictionary<string, string> map, Dictionary<string, string> back, List<string> added)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (name, ta) in a)
        {
            if (!b.TryGetValue(name, out var tb))
            {
                return false;
            }

            if (ta is BlankNode ba && tb is BlankNode bb)
            {
                if (map.TryGetValue(ba.Label, out var mapped))
                {
                    if (mapped != bb.Label)
                    {
                        return false;
                    }
                }
                else if (back.ContainsKey(bb.Label))
                {
                    return false;
                }
                else
                {
                    map[ba.Label] = bb.Label;
                    back[bb.Label] = ba.Label;
                    added.Add(ba.Label);
                }
            }
            else if (!ta.Equals(tb))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rows (blank nodes blinded) that one side has more often than the other, for the failure message.</summary>
    public static string Describe(Answer ours, Answer theirs)
    {
        if (ours.Rows is null || theirs.Rows is null)
        {
            return $"-- ours: {ours}\n-- oxigraph: {theirs}";
        }

        var a = ours.Rows.Select(Signature).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var b = theirs.Rows.Select(Signature).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var onlyOurs = a.Where(kv => kv.Value > b.GetValueOrDefault(kv.Key)).Select(kv => $"  {kv.Value - b.GetValueOrDefault(kv.Key)}x {kv.Key}").Take(10);
        var onlyTheirs = b.Where(kv => kv.Value > a.GetValueOrDefault(kv.Key)).Select(kv => $"  {kv.Value - a.GetValueOrDefault(kv.Key)}x {kv.Key}").Take(10);
        return $"-- ours {ours.Rows.Count} rows, oxigraph {theirs.Rows.Count} rows\n-- more in ours:\n{string.Join("\n", onlyOurs)}\n-- more in oxigraph:\n{string.Join("\n", onlyTheirs)}";
    }

    private static string Signature(Dictionary<string, Term> row) =>
        string.Join(" ", row.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => "?" + kv.Key + "=" + (kv.Value is BlankNode ? "_:" : kv.Value.ToString())));
}
