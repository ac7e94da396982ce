namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>Counts per key, handed back in the order the keys first came.</summary>
internal sealed class OrderedCounts<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, long> _counts = [];
    private readonly List<TKey> _order = [];

    public void Add(TKey key, long count)
    {
        ref long sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out bool exists);
        if (!exists)
        {
            _order.Add(key);
        }

        sum += count;
    }

    public IEnumerable<(TKey Key, long Count)> InOrder() => _order.Select(key => (key, _counts[key]));
}
