using System.Text;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>Turns a server's blank node identifier (Virtuoso writes <c>nodeID://b10006</c>) into a valid label.</summary>
internal static class BlankNodeLabels
{
    public static string FromRemote(string value)
    {
        string label = value.StartsWith("nodeID://", StringComparison.Ordinal) ? value[9..]
            : value.StartsWith("_:", StringComparison.Ordinal) ? value[2..]
            : value;
        var sb = new StringBuilder(label.Length);
        foreach (char c in label)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return sb.Length == 0 ? "b" : sb.ToString();
    }
}
