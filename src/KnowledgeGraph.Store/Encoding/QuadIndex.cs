namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// One index column family: the order of quad positions (0 subject, 1 predicate, 2 object, 3 graph) in its keys.
/// Default-graph triples live in their own three indexes without a graph component, as in Oxigraph.
/// </summary>
internal sealed class QuadIndex
{
    public static readonly QuadIndex Spog = new("spog", [0, 1, 2, 3]);
    public static readonly QuadIndex Posg = new("posg", [1, 2, 0, 3]);
    public static readonly QuadIndex Ospg = new("ospg", [2, 0, 1, 3]);
    public static readonly QuadIndex Gspo = new("gspo", [3, 0, 1, 2]);
    public static readonly QuadIndex Gpos = new("gpos", [3, 1, 2, 0]);
    public static readonly QuadIndex Gosp = new("gosp", [3, 2, 0, 1]);
    public static readonly QuadIndex Dspo = new("dspo", [0, 1, 2]);
    public static readonly QuadIndex Dpos = new("dpos", [1, 2, 0]);
    public static readonly QuadIndex Dosp = new("dosp", [2, 0, 1]);

    public static readonly QuadIndex[] Named = [Spog, Posg, Ospg, Gspo, Gpos, Gosp];
    public static readonly QuadIndex[] Default = [Dspo, Dpos, Dosp];
    public static readonly QuadIndex[] All = [.. Named, .. Default];

    private QuadIndex(string name, int[] order)
    {
        Name = name;
        Order = order;
        Offsets = [.. Enumerable.Range(0, 4).Select(position => Array.IndexOf(order, position) * EncodedTerm.Size)];
    }

    /// <summary>The index's place in <see cref="All"/> (for per-index tables).</summary>
    public int Slot => Array.IndexOf(All, this);

    /// <summary>The column family name.</summary>
    public string Name { get; }

    /// <summary>Quad positions in key order.</summary>
    public int[] Order { get; }

    /// <summary>Where each quad position's term starts in a key (negative for the graph in a default-graph index).</summary>
    public int[] Offsets { get; }

    /// <summary>The column (place in the key order) of a quad position.</summary>
    public int Column(int position) => Offsets[position] / EncodedTerm.Size;

    /// <summary>How many leading positions of the key order are bound (a bitmask: 1 subject, 2 predicate, 4 object, 8 graph).</summary>
    public int BoundPrefixLength(int bound)
    {
        int n = 0;
        while (n < Order.Length && (bound & (1 << Order[n])) != 0)
        {
            n++;
        }

        return n;
    }

    public int KeySize => Order.Length * EncodedTerm.Size;

    public bool IsDefaultGraph => Order.Length == 3;

    public byte[] Key(in EncodedQuad quad)
    {
        var key = new byte[KeySize];
        for (int i = 0; i < Order.Length; i++)
        {
            quad[Order[i]].WriteTo(key.AsSpan(i * EncodedTerm.Size));
        }

        return key;
    }

    /// <summary>Writes the key into <paramref name="key"/> (at least <see cref="KeySize"/> bytes) and returns its length.</summary>
    public int WriteKey(in EncodedQuad quad, Span<byte> key)
    {
        for (int i = 0; i < Order.Length; i++)
        {
            quad[Order[i]].WriteTo(key[(i * EncodedTerm.Size)..]);
        }

        return KeySize;
    }

    public EncodedQuad Decode(ReadOnlySpan<byte> key)
    {
        Span<EncodedTerm> terms = stackalloc EncodedTerm[4];
        terms[3] = EncodedTerm.DefaultGraph;
        for (int i = 0; i < Order.Length; i++)
        {
            terms[Order[i]] = EncodedTerm.ReadFrom(key[(i * EncodedTerm.Size)..]);
        }

        return new EncodedQuad(terms[0], terms[1], terms[2], terms[3]);
    }

    /// <summary>
    /// The index whose key starts with all bound positions (a bitmask: 1 subject, 2 predicate, 4 object, 8 graph),
    /// so that every pattern is one prefix scan.
    /// </summary>
    public static QuadIndex Choose(int bound, bool defaultGraph)
    {
        bool s = (bound & 1) != 0, p = (bound & 2) != 0, o = (bound & 4) != 0, g = (bound & 8) != 0;
        if (defaultGraph)
        {
            return s ? (o && !p ? Dosp : Dspo) : p ? Dpos : o ? Dosp : Dspo;
        }

        if (g)
        {
            return s ? (o && !p ? Gosp : Gspo) : p ? Gpos : o ? Gosp : Gspo;
        }

        return s ? (o && !p ? Ospg : Spog) : p ? Posg : o ? Ospg : Spog;
    }

    /// <summary>The key prefix for the bound positions of a pattern (bound positions form a prefix of the order).</summary>
    public byte[] Prefix(in EncodedQuad pattern, int bound)
    {
        int n = BoundPrefixLength(bound);
        var prefix = new byte[n * EncodedTerm.Size];
        for (int i = 0; i < n; i++)
        {
            pattern[Order[i]].WriteTo(prefix.AsSpan(i * EncodedTerm.Size));
        }

        return prefix;
    }
}
