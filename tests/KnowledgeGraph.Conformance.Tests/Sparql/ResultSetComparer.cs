using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Conformance.Tests.Sparql;

/// <summary>
/// Compares solution sequences as the SPARQL test suites require: variables as sets, rows as multisets (or in order),
/// values by RDF term equality, and blank nodes through one consistent bijection across the whole result.
/// </summary>
public static class ResultSetComparer
{
    /// <summary>Null when equal, otherwise a description of the difference.</summary>
    public static string? Compare(IReadOnlyList<string> actualVars, List<Term?[]> actual, IReadOnlyList<string> expectedVars, List<Term?[]> expected, bool ordered, bool lax)
    {
        if (!actualVars.ToHashSet(StringComparer.Ordinal).SetEquals(expectedVars))
        {
            return $"variables differ: got [{string.Join(" ", actualVars)}], expected [{string.Join(" ", expectedVars)}]";
        }

        // Align the expected columns to the actual ones.
        var map = actualVars.Select(v => expectedVars.ToList().IndexOf(v)).ToArray();
        var aligned = expected.Select(r => map.Select(i => r[i]).ToArray()).ToList();
        if (lax)
        {
            actual = Distinct(actual);
            aligned = Distinct(aligned);
        }

        if (actual.Count != aligned.Count)
        {
            return $"row count differs: got {actual.Count}, expected {aligned.Count}\n got: {Show(actual)}\n expected: {Show(aligned)}";
        }

        var bijection = new Dictionary<BlankNode, BlankNode>();
        var inverse = new Dictionary<BlankNode, BlankNode>();
        if (!Match(actual, aligned, 0, new bool[aligned.Count], bijection, inverse))
        {
            return $"rows differ\n got: {Show(actual)}\n expected: {Show(aligned)}";
        }

        if (ordered)
        {
            for (int i = 0; i < actual.Count; i++)
            {
                if (!RowEqual(actual[i], aligned[i], bijection))
                {
                    return $"order differs at row {i}\n got: {Show(actual)}\n expected: {Show(aligned)}";
                }
            }
        }

        return null;
    }

    private static List<Term?[]> Distinct(List<Term?[]> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows.Where(r => seen.Add(string.Join("|", r.Select(t => t?.ToString() ?? "")))).ToList();
    }

    private static bool RowEqual(Term?[] a, Term?[] e, Dictionary<BlankNode, BlankNode> bijection)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is BlankNode ab && e[i] is BlankNode)
            {
                if (!bijection.TryGetValue(ab, out var mapped) || !mapped.Equals(e[i]))
                {
                    return false;
                }
            }
            else if (!Equals(a[i], e[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Match(List<Term?[]> actual, List<Term?[]> expected, int index, bool[] used, Dictionary<BlankNode, BlankNode> bijection, Dictionary<BlankNode, BlankNode> inverse)
    {
        if (index == actual.Count)
        {
            return true;
        }

        var row = actual[index];
        for (int j = 0; j < expected.Count; j++)
        {
            if (used[j])
            {
                continue;
            }

            var added = new List<BlankNode>();
            if (TryUnify(row, expected[j], bijection, inverse, added))
            {
                used[j] = true;
                if (Match(actual, expected, index + 1, used, bijection, inverse))
                {
                    return true;
                }

                used[j] = false;
            }

            foreach (var b in added)
            {
                inverse.Remove(bijection[b]);
                bijection.Remove(b);
            }
        }

        return false;
    }

    private static bool TryUnify(Term?[] a, Term?[] e, Dictionary<BlankNode, BlankNode> bijection, Dictionary<BlankNode, BlankNode> inverse, List<BlankNode> added)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is BlankNode ab && e[i] is BlankNode eb)
            {
                if (bijection.TryGetValue(ab, out var mapped))
                {
                    if (!mapped.Equals(eb))
                    {
                        return false;
                    }
                }
                else if (inverse.ContainsKey(eb))
                {
                    return false;
                }
                else
                {
                    bijection[ab] = eb;
                    inverse[eb] = ab;
                    added.Add(ab);
                }
            }
            else if (!Equals(a[i], e[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Show(List<Term?[]> rows) =>
        string.Join("\n  ", rows.Take(20).Select(r => "(" + string.Join(", ", r.Select(t => t?.ToString() ?? "UNDEF")) + ")")) + (rows.Count > 20 ? "\n  ..." : "");
}
