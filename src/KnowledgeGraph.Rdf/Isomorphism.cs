namespace KnowledgeGraph.Rdf;

/// <summary>
/// Graph and dataset isomorphism (<see href="https://www.w3.org/TR/rdf11-concepts/#graph-isomorphism">RDF 1.1
/// Concepts 3.6</see>): two sets of quads are isomorphic when a bijection between their blank nodes maps one onto the
/// other. Blank nodes are first coloured by hash-based partition refinement over their neighbourhoods; only blank
/// nodes that remain indistinguishable are matched by backtracking. Duplicates are ignored (sets, not bags).
/// </summary>
public static class Isomorphism
{
    /// <summary>Whether two graphs are isomorphic.</summary>
    public static bool AreIsomorphic(IEnumerable<Triple> first, IEnumerable<Triple> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return FindBlankNodeMapping(
            first.Select(t => t.InGraph(DefaultGraph.Instance)),
            second.Select(t => t.InGraph(DefaultGraph.Instance))) is not null;
    }

    /// <summary>Whether two datasets (quads with their graph names) are isomorphic.</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second) => FindBlankNodeMapping(first, second) is not null;

    /// <summary>
    /// A bijection from the blank nodes of <paramref name="first"/> to those of <paramref name="second"/> that maps
    /// one dataset onto the other, or null when the datasets are not isomorphic.
    /// </summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindBlankNodeMapping(IEnumerable<Quad> first, IEnumerable<Quad> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = new HashSet<Quad>(first);
        var b = new HashSet<Quad>(second);
        if (a.Count != b.Count)
        {
            return null;
        }

        var sideA = new Side(a);
        var sideB = new Side(b);
        if (sideA.Ground.Count != sideB.Ground.Count || !sideA.Ground.SetEquals(sideB.Ground))
        {
            return null;
        }

        if (sideA.Nodes.Count != sideB.Nodes.Count || sideA.NonGround.Count != sideB.NonGround.Count)
        {
            return null;
        }

        if (sideA.Nodes.Count == 0)
        {
            return new Dictionary<BlankNode, BlankNode>();
        }

        long[] colorsA = sideA.InitialColors();
        long[] colorsB = sideB.InitialColors();
        if (!Refine(sideA, sideB, ref colorsA, ref colorsB))
        {
            return null;
        }

        return Search(sideA, sideB, colorsA, colorsB, b, 0);
    }

    private static Dictionary<BlankNode, BlankNode>? Search(Side a, Side b, long[] colorsA, long[] colorsB, HashSet<Quad> target, int depth)
    {
        // Find the smallest colour class with more than one member.
        var classes = new Dictionary<long, int>();
        foreach (long c in colorsA)
        {
            classes[c] = classes.TryGetValue(c, out int n) ? n + 1 : 1;
        }

        long pick = 0;
        int best = int.MaxValue;
        foreach (var (color, count) in classes)
        {
            if (count > 1 && count < best)
            {
                best = count;
                pick = color;
            }
        }

        if (best == int.MaxValue)
        {
            return Verify(a, b, colorsA, colorsB, target);
        }

        int nodeA = Array.IndexOf(colorsA, pick);
        long marker = Mix(pick, 0x5bd1e995L + depth + 1);
        for (int j = 0; j < colorsB.Length; j++)
        {
            if (colorsB[j] != pick)
            {
                continue;
            }

            long[] ca = (long[])colorsA.Clone();
            long[] cb = (long[])colorsB.Clone();
            ca[nodeA] = marker;
            cb[j] = marker;
            if (!Refine(a, b, ref ca, ref cb))
            {
                continue;
            }

            var result = Search(a, b, ca, cb, target, depth + 1);
            if (result is not null)
            {
                return result;
            }
        }

        return null;
    }

    private static Dictionary<BlankNode, BlankNode>? Verify(Side a, Side b, long[] colorsA, long[] colorsB, HashSet<Quad> target)
    {
        var byColor = new Dictionary<long, int>();
        for (int j = 0; j < colorsB.Length; j++)
        {
            byColor[colorsB[j]] = j;
        }

        var map = new Dictionary<BlankNode, BlankNode>(colorsA.Length);
        for (int i = 0; i < colorsA.Length; i++)
        {
            if (!byColor.TryGetValue(colorsA[i], out int j))
            {
                return null;
            }

            map[a.Nodes[i]] = b.Nodes[j];
        }

        foreach (var q in a.NonGround)
        {
            var mapped = new Quad(MapTerm(q.Subject, map), MapTerm(q.Predicate, map), MapTerm(q.Obj, map), MapTerm(q.Graph, map));
            if (!target.Contains(mapped))
            {
                return null;
            }
        }

        return map;
    }

    private static Term MapTerm(Term t, Dictionary<BlankNode, BlankNode> map) => t switch
    {
        BlankNode bn => map[bn],
        TripleTerm tt when HasBlank(tt) => new TripleTerm(new Triple(MapTerm(tt.Triple.Subject, map), MapTerm(tt.Triple.Predicate, map), MapTerm(tt.Triple.Object, map))),
        _ => t,
    };

    /// <summary>Refines both colourings together until the number of colour classes stops growing.</summary>
    private static bool Refine(Side a, Side b, ref long[] colorsA, ref long[] colorsB)
    {
        int classes = CountClasses(colorsA);
        while (true)
        {
            if (!SameHistogram(colorsA, colorsB))
            {
                return false;
            }

            long[] nextA = a.Step(colorsA);
            long[] nextB = b.Step(colorsB);
            int next = CountClasses(nextA);
            colorsA = nextA;
            colorsB = nextB;
            if (next <= classes)
            {
                return SameHistogram(colorsA, colorsB);
            }

            classes = next;
        }
    }

    private static int CountClasses(long[] colors) => new HashSet<long>(colors).Count;

    private static bool SameHistogram(long[] x, long[] y)
    {
        var counts = new Dictionary<long, int>();
        foreach (long c in x)
        {
            counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
        }

        foreach (long c in y)
        {
            if (!counts.TryGetValue(c, out int n) || n == 0)
            {
                return false;
            }

            counts[c] = n - 1;
        }

        return true;
    }

    internal static bool HasBlank(Term t) => t switch
    {
        BlankNode => true,
        TripleTerm tt => HasBlank(tt.Triple.Subject) || HasBlank(tt.Triple.Predicate) || HasBlank(tt.Triple.Object),
        _ => false,
    };

    private static long Mix(long h, long v)
    {
        unchecked
        {
            ulong x = (ulong)(h ^ (v * (long)0x9E3779B97F4A7C15UL));
            x ^= x >> 31;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 33;
            return (long)x;
        }
    }

    /// <summary>One side of the comparison: its blank nodes, ground quads, and the quads that touch each blank node.</summary>
    private sealed class Side
    {
        private readonly Dictionary<BlankNode, int> _index = [];
        private readonly List<List<Quad>> _quadsOf = [];

        public Side(HashSet<Quad> quads)
        {
            foreach (var q in quads)
            {
                if (HasBlank(q.Subject) || HasBlank(q.Predicate) || HasBlank(q.Obj) || HasBlank(q.Graph))
                {
                    NonGround.Add(q);
                    var seen = new HashSet<int>();
                    Collect(q.Subject, q, seen);
                    Collect(q.Predicate, q, seen);
                    Collect(q.Obj, q, seen);
                    Collect(q.Graph, q, seen);
                }
                else
                {
                    Ground.Add(q);
                }
            }
        }

        public HashSet<Quad> Ground { get; } = [];

        public List<Quad> NonGround { get; } = [];

        public List<BlankNode> Nodes { get; } = [];

        public long[] InitialColors()
        {
            var colors = new long[Nodes.Count];
            for (int i = 0; i < colors.Length; i++)
            {
                colors[i] = Mix(17, _quadsOf[i].Count);
            }

            return colors;
        }

        public long[] Step(long[] colors)
        {
            var next = new long[colors.Length];
            for (int i = 0; i < colors.Length; i++)
            {
                long sum = 0;
                foreach (var q in _quadsOf[i])
                {
                    long h = Mix(Mix(Mix(Mix(1, TermHash(q.Subject, i, colors)), TermHash(q.Predicate, i, colors)), TermHash(q.Obj, i, colors)), TermHash(q.Graph, i, colors));
                    unchecked
                    {
                        sum += h;
                    }
                }

                next[i] = Mix(colors[i], sum);
            }

            return next;
        }

        private long TermHash(Term t, int self, long[] colors) => t switch
        {
            BlankNode bn => _index[bn] == self ? 0x7FFF_0000_1234L : Mix(3, colors[_index[bn]]),
            TripleTerm tt when HasBlank(tt) => Mix(Mix(Mix(5, TermHash(tt.Triple.Subject, self, colors)), TermHash(tt.Triple.Predicate, self, colors)), TermHash(tt.Triple.Object, self, colors)),
            _ => t.GetHashCode(),
        };

        private void Collect(Term t, Quad q, HashSet<int> seen)
        {
            switch (t)
            {
                case BlankNode bn:
                    if (!_index.TryGetValue(bn, out int id))
                    {
                        id = Nodes.Count;
                        _index[bn] = id;
                        Nodes.Add(bn);
                        _quadsOf.Add([]);
                    }

                    if (seen.Add(id))
                    {
                        _quadsOf[id].Add(q);
                    }

                    break;
                case TripleTerm tt:
                    Collect(tt.Triple.Subject, q, seen);
                    Collect(tt.Triple.Predicate, q, seen);
                    Collect(tt.Triple.Object, q, seen);
                    break;
            }
        }
    }
}
