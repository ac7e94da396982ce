using System.Buffers;
namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Sorts a batch of encoded quads in each index's key order cheaply: the batch's distinct terms are sorted once and
/// replaced by their ranks, so each index's order is a sort of 128-bit numbers (four 32-bit ranks in key order)
/// rather than of 51- or 68-byte keys.
/// </summary>
internal sealed class KeySorter
{
    private readonly EncodedQuad[] _quads;
    private readonly int[][] _ranks;
    private readonly int _bits;

    public KeySorter(EncodedQuad[] quads)
    {
        _quads = quads;
        var ids = new Dictionary<EncodedTerm, int>(Math.Min(quads.Length * 2, 1 << 20));
        var distinct = new List<EncodedTerm>();
        _ranks = new int[4][];
        for (int p = 0; p < 4; p++)
        {
            _ranks[p] = new int[quads.Length];
        }

        for (int i = 0; i < quads.Length; i++)
        {
            ref readonly var q = ref quads[i];
            _ranks[0][i] = Id(q.S);
            _ranks[1][i] = Id(q.P);
            _ranks[2][i] = Id(q.O);
            _ranks[3][i] = Id(q.G);
        }

        // Replace first-seen ids by ranks in term order.
        var byOrder = new int[distinct.Count];
        for (int i = 0; i < byOrder.Length; i++)
        {
            byOrder[i] = i;
        }

        var terms = distinct.ToArray();
        Array.Sort(terms, byOrder, TermOrder.Instance);
        var rank = new int[terms.Length];
        for (int r = 0; r < byOrder.Length; r++)
        {
            rank[byOrder[r]] = r;
        }

        foreach (var column in _ranks)
        {
            for (int i = 0; i < column.Length; i++)
            {
                column[i] = rank[column[i]];
            }
        }

        // Three ranks of up to 21 bits fit one ulong, whose sort is much faster than a 128-bit one.
        _bits = 32 - int.LeadingZeroCount(Math.Max(1, terms.Length - 1));
        return;

        int Id(EncodedTerm term)
        {
            if (!ids.TryGetValue(term, out int id))
            {
                id = distinct.Count;
                distinct.Add(term);
                ids[term] = id;
            }

            return id;
        }
    }

    /// <summary>
    /// The batch's quads in the key order of <paramref name="index"/>: the first <see cref="Count"/> entries of an
    /// array rented from the shared pool, which the caller returns. Each call has its own buffers, so several
    /// indexes can be sorted at once.
    /// </summary>
    public int[] Sort(QuadIndex index)
    {
        var order = index.Order;
        int n = _quads.Length;
        var result = ArrayPool<int>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            result[i] = i;
        }

        if (order.Length == 3 && _bits <= 21)
        {
            var s = _ranks[order[0]];
            var m = _ranks[order[1]];
            var l = _ranks[order[2]];
            var shortKeys = ArrayPool<ulong>.Shared.Rent(n);
            for (int i = 0; i < n; i++)
            {
                shortKeys[i] = ((ulong)(uint)s[i] << 42) | ((ulong)(uint)m[i] << 21) | (uint)l[i];
            }

            shortKeys.AsSpan(0, n).Sort(result.AsSpan(0, n));
            ArrayPool<ulong>.Shared.Return(shortKeys);
            return result;
        }

        var keys = ArrayPool<UInt128>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            UInt128 key = 0;
            foreach (int position in order)
            {
                key = (key << 32) | (uint)_ranks[position][i];
            }

            keys[i] = key;
        }

        keys.AsSpan(0, n).Sort(result.AsSpan(0, n));
        ArrayPool<UInt128>.Shared.Return(keys);
        return result;
    }

    /// <summary>Quads in the batch.</summary>
    public int Count => _quads.Length;

    public ref readonly EncodedQuad this[int i] => ref _quads[i];

    private sealed class TermOrder : IComparer<EncodedTerm>
    {
        public static readonly TermOrder Instance = new();

        public int Compare(EncodedTerm a, EncodedTerm b) =>
            a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.Hi != b.Hi ? a.Hi.CompareTo(b.Hi) : a.Lo.CompareTo(b.Lo);
    }
}
