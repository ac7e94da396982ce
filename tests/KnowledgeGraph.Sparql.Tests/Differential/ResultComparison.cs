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

        if (!x.Any(r => r.Values.Any(t => t is BlankNode)))
        {
            return true;
        }

        var used = new bool[y.Count];
        int budget = 200_000;
        return Match(x, y, 0, used, new(StringComparer.Ordinal), new(StringComparer.Ordinal), ref budget);
    }

    private static bool Match(List<Dictionary<string, Term>> x, List<Dictionary<string, Term>> y, int i, bool[] used, Dictionary<string, string> map, Dictionary<string, string> back, ref int budget)
    {
        if (i == x.Count)
        {
            return true;
        }

        for (int j = 0; j < y.Count; j++)
        {
            if (used[j] || --budget < 0)
            {
                continue;
            }

            var added = new List<string>();
            if (RowMatches(x[i], y[j], map, back, added))
            {
                used[j] = true;
                if (Match(x, y, i + 1, used, map, back, ref budget))
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

    private static string Signature(Dictionary<string, Term> row) =>
        string.Join("\u0001", row.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + (kv.Value is BlankNode ? "_:" : kv.Value.ToString())));
}
