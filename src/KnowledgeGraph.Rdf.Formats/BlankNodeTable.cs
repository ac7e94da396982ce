using System.Globalization;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Maps the blank node labels of one document to terms, according to a <see cref="BlankNodeScope"/>.</summary>
internal sealed class BlankNodeTable
{
    private static long s_documents;
    private readonly Dictionary<string, BlankNode> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly BlankNodeScope _scope;
    private readonly string _prefix;
    private long _fresh;

    public BlankNodeTable(BlankNodeScope scope)
    {
        _scope = scope;
        _lookup = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
        long doc = Interlocked.Increment(ref s_documents);
        _prefix = (scope == BlankNodeScope.Document ? "d" : "genid") + doc.ToString(CultureInfo.InvariantCulture) + "x";
    }

    public BlankNode Labeled(ReadOnlySpan<char> label)
    {
        if (_lookup.TryGetValue(label, out var node))
        {
            return node;
        }

        string text = new(label);
        node = new BlankNode(_scope == BlankNodeScope.Preserve ? text : _prefix + text);
        _labels[text] = node;
        return node;
    }

    public BlankNode Fresh() => new(_prefix + "n" + (++_fresh).ToString(CultureInfo.InvariantCulture));
}
