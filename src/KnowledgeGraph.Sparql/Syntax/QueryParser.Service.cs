using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    /// <summary>
    /// The query a SERVICE block sends: the prologue in force (BASE and PREFIX declarations) and
    /// <c>SELECT * WHERE</c> with the block's text as written between <paramref name="start"/> and <paramref name="end"/>.
    /// </summary>
    private string ServiceQueryText(int start, int end)
    {
        var sb = new StringBuilder();
        if (_base is not null)
        {
            sb.Append("BASE <").Append(_base).Append(">\n");
        }

        foreach (var (prefix, ns) in _prefixes.Entries)
        {
            sb.Append("PREFIX ").Append(prefix).Append(": <").Append(ns).Append(">\n");
        }

        return sb.Append("SELECT * WHERE ").Append(_text, start, end - start).ToString();
    }
}
