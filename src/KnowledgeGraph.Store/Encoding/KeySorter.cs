using System.Buffers;
using System.Numerics;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Sorts a batch of distinct encoded quads in each index's key order cheaply. Each position's distinct terms are
/// sorted once and replaced by their ranks, so an index's order is a sort of packed ranks (one 64-bit number per quad
/// when the ranks fit, else 128 bits) rather than of 51- or 68-byte keys; and the keys are written back from the
/// sorted numbers and small per-position term tables, without visiting the quads again in a random order (that
/// random walk over the batch was most of the cost of writing an index).
/// </summary>
internal sealed class KeySorter : IDisposable
{
    // The dictionary and list of a sort's distinct terms, kept for the next batch: rebuilt for every batch they were
    // the largest allocations of a bulk load after the quads themselves.
    private static readonly System.Collections.Concurrent.ConcurrentBag<(Dictionary<EncodedTerm, int> Ids, List<EncodedTerm> Distinct)> Workspaces = [];

    private readonly int[][] _ranks = new int[4][];
    private readonly byte[][] _termBytes = new byte[4][];
    private readonly int[] _bits = new int[4];

    public KeySorter(ReadOnlySpan<EncodedQuad> quads)
    {
        Count = quads.Length;
        if (!Workspaces.TryTake(out var workspace))
        {
            workspace = (new Dictionary<EncodedTerm, int>(Math.Min(quads.Length * 2, 1 << 20)), []);
        }

        var (ids, distinct) = workspace;
        for (int p = 0; p < 4; p++)
        {
            _ranks[p] = ArrayPool<int>.Shared.Rent(quads.Length);
        }

        for (int i = 0; i < quads.Length; i++)
        {
            ref readonly var q = ref quads[i];
            _ranks[0][i] = Id(q.S);
            _ranks[1][i] = Id(q.P);
            _ranks[2][i] = Id(q.O);
            _ranks[3][i] = Id(q.G);
        }

        // Order the first-seen ids by term: byOrder[r] is the id of the r-th smallest term.
        var byOrder = new int[distinct.Count];
        for (int i = 0; i < byOrder.Length; i++)
        {
            byOrder[i] = i;
        }

        var terms = distinct.ToArray();
        ids.Clear();
        distinct.Clear();
        if (ids.EnsureCapacity(0) <= 1 << 21)
        {
            Workspaces.Add(workspace);
        }

        Array.Sort(terms, byOrder, TermOrder.Instance);

        // Per position, number the terms that occur there densely in term order: fewer bits per rank, and a small
        // table of their key bytes to write keys from.
        var dense = new int[terms.Length];
        for (int p = 0; p < 4; p++)
        {
            var column = _ranks[p].AsSpan(0, Count);
            Array.Fill(dense, -1);
            foreach (int id in column)
            {
                dense[id] = 0;
            }

            int used = 0;
            for (int r = 0; r < byOrder.Length; r++)
            {
                if (dense[byOrder[r]] == 0)
                {
                    used++;
                }
            }

            var bytes = new byte[used * EncodedTerm.Size];
            int next = 0;
            for (int r = 0; r < byOrder.Length; r++)
            {
                int id = byOrder[r];
                if (dense[id] == 0)
                {
                    terms[r].WriteTo(bytes.AsSpan(next * EncodedTerm.Size, EncodedTerm.Size));
                    dense[id] = ++next;
                }
            }

            for (int i = 0; i < column.Length; i++)
            {
                column[i] = dense[column[i]] - 1;
            }

            _termBytes[p] = bytes;
            _bits[p] = 32 - int.LeadingZeroCount(Math.Max(1, used - 1));
        }

        return;

        int Id(EncodedTerm term)
        {
            ref int id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, term, out bool exists);
            if (!exists)
            {
                id = distinct.Count;
                distinct.Add(term);
            }

            return id;
        }
    }

    /// <summary>Quads in the batch.</summary>
    public int Count { get; }

    /// <summary>The batch's keys for <paramref name="index"/> in key order; dispose to return its buffers.</summary>
    public SortedKeys Sort(QuadIndex index)
    {
        var order = index.Order;
        var shifts = new int[order.Length];
        int total = 0;
        for (int j = order.Length - 1; j >= 0; j--)
        {
            shifts[j] = total;
            total += _bits[order[j]];
        }

        return total <= 64
            ? new SortedKeys(this, order, shifts, Pack<ulong>(order, shifts), null)
            : new SortedKeys(this, order, shifts, null, Pack<UInt128>(order, shifts));
    }

    // Each quad's ranks in key order packed into one number, sorted (in a pooled buffer of at least Count entries).
    private T[] Pack<T>(int[] order, int[] shifts)
        where T : IBinaryInteger<T>
    {
        var keys = ArrayPool<T>.Shared.Rent(Count);
        for (int i = 0; i < Count; i++)
        {
            T key = T.Zero;
            for (int j = 0; j < order.Length; j++)
            {
                key |= T.CreateTruncating((uint)_ranks[order[j]][i]) << shifts[j];
            }

            keys[i] = key;
        }

        keys.AsSpan(0, Count).Sort();
        return keys;
    }

    /// <summary>Returns the rank buffers; sorts already made stay valid.</summary>
    public void Dispose()
    {
        for (int p = 0; p < 4; p++)
        {
            if (_ranks[p] is { } ranks)
            {
                ArrayPool<int>.Shared.Return(ranks);
                _ranks[p] = null!;
            }
        }
    }

    /// <summary>One index's keys of the batch in order, as packed ranks decoded on demand.</summary>
    internal sealed class SortedKeys(KeySorter sorter, int[] order, int[] shifts, ulong[]? keys, UInt128[]? wideKeys) : IDisposable
    {
        public int Count => sorter.Count;

        /// <summary>Writes the <paramref name="n"/>-th key into <paramref name="key"/> and returns its length.</summary>
        public int WriteKey(int n, Span<byte> key)
        {
            for (int j = 0; j < order.Length; j++)
            {
                int position = order[j];
                int mask = (int)((1UL << sorter._bits[position]) - 1);
                int rank = keys is not null ? (int)(keys[n] >> shifts[j]) & mask : (int)(wideKeys![n] >> shifts[j]) & mask;
                sorter._termBytes[position].AsSpan(rank * EncodedTerm.Size, EncodedTerm.Size).CopyTo(key[(j * EncodedTerm.Size)..]);
            }

            return order.Length * EncodedTerm.Size;
        }

        public void Dispose()
        {
            if (keys is not null)
            {
                ArrayPool<ulong>.Shared.Return(keys);
            }

            if (wideKeys is not null)
            {
                ArrayPool<UInt128>.Shared.Return(wideKeys);
            }
        }
    }

    private sealed class TermOrder : IComparer<EncodedTerm>
    {
        public static readonly TermOrder Instance = new();

        public int Compare(EncodedTerm a, EncodedTerm b) =>
            a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.Hi != b.Hi ? a.Hi.CompareTo(b.Hi) : a.Lo.CompareTo(b.Lo);
    }
}
