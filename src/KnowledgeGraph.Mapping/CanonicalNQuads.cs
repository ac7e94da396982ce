using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// Canonical N-Quads for graphs without blank nodes: duplicate quads removed, lines sorted by ordinal comparison,
/// <c>\n</c> line ends. Two datasets are equal exactly when their canonical forms are equal strings.
/// </summary>
public static class CanonicalNQuads
{
    /// <summary>The sorted, distinct lines.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var q in quads)
        {
            lines.Add(q.ToString());
        }

        return [.. lines];
    }

    /// <summary>The whole document: one line per distinct quad, each ending with <c>\n</c>.</summary>
    public static string Write(IEnumerable<Quad> quads)
    {
        var sb = new StringBuilder();
        foreach (string line in Lines(quads))
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
