using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// Splits a graph into request-sized chunks. A server gives every request its own blank node scope, so all triples
/// that share a blank node (directly or through a chain) stay in one chunk, even when that makes it bigger.
/// </summary>
internal static class ChunkPlanner
{
    public static List<Chunk> Plan(IReadOnlyList<Triple> triples, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var parent = new Dictionary<BlankNode, BlankNode>();
        var plain = new List<Triple>();
        var withBlank = new List<Triple>();
        foreach (var t in triples)
        {
            var s = t.Subject as BlankNode;
            var o = t.Obj as BlankNode;
            if (s is null && o is null)
            {
                plain.Add(t);
                continue;
            }

            withBlank.Add(t);
            if (s is not null && o is not null)
            {
                Union(parent, s, o);
            }
            else
            {
                Find(parent, (s ?? o)!);
            }
        }

        var chunks = new List<Chunk>();
        for (int i = 0; i < plain.Count; i += chunkSize)
        {
            chunks.Add(Chunk.Of(plain.GetRange(i, Math.Min(chunkSize, plain.Count - i)), hasBlankNodes: false));
        }

        // Components in order of first appearance, packed greedily.
        var groups = new Dictionary<BlankNode, List<Triple>>();
        var order = new List<BlankNode>();
        foreach (var t in withBlank)
        {
            var root = Find(parent, (t.Subject as BlankNode ?? t.Obj as BlankNode)!);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups[root] = list;
                order.Add(root);
            }

            list.Add(t);
        }

        var current = new List<Triple>();
        foreach (var root in order)
        {
            if (current.Count > 0 && current.Count + groups[root].Count > chunkSize)
            {
                chunks.Add(Chunk.Of(current, hasBlankNodes: true));
                current = [];
            }

            current.AddRange(groups[root]);
        }

        if (current.Count > 0)
        {
            chunks.Add(Chunk.Of(current, hasBlankNodes: true));
        }

        return chunks;
    }

    private static BlankNode Find(Dictionary<BlankNode, BlankNode> parent, BlankNode b)
    {
        if (!parent.ContainsKey(b))
        {
            parent[b] = b;
            return b;
        }

        var root = b;
        while (!parent[root].Equals(root))
        {
            root = parent[root];
        }

        while (!b.Equals(root))
        {
            var next = parent[b];
            parent[b] = root;
            b = next;
        }

        return root;
    }

    private static void Union(Dictionary<BlankNode, BlankNode> parent, BlankNode a, BlankNode b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (!ra.Equals(rb))
        {
            parent[rb] = ra;
        }
    }
}
