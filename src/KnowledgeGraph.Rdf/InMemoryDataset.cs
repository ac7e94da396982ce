namespace KnowledgeGraph.Rdf;

/// <summary>
/// An in-memory RDF dataset: terms are dictionary-encoded to integers and each quad is indexed by each of its four
/// positions, so a pattern scans the smallest candidate set. It is the reference implementation of
/// <see cref="IQuadStore"/>. Writers are serialised; a snapshot is a frozen copy made lazily on the first write
/// after it was taken (copy-on-write), so readers never see a change in progress.
/// </summary>
public sealed class InMemoryDataset : IQuadStore
{
    private readonly Lock _writeLock = new();
    private State _state;

    public InMemoryDataset() => _state = new State();

    public InMemoryDataset(IEnumerable<Quad> quads) : this()
    {
        foreach (var q in quads)
        {
            _state.Add(q);
        }
    }

    /// <summary>Number of quads in all graphs.</summary>
    public long Count => _state.Count;

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default) =>
        _state.Match(subject, predicate, obj, graph, cancellationToken);

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default) => _state.NamedGraphs();

    public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph) => _state.Estimate(subject, predicate, obj, graph);

    public bool Contains(Quad quad) => _state.Contains(quad);

    /// <summary>Adds one quad (not atomic with other calls; use <see cref="Apply"/> for batches).</summary>
    public bool Add(Quad quad)
    {
        lock (_writeLock)
        {
            return Writable().Add(quad);
        }
    }

    /// <summary>Adds one triple to the default graph.</summary>
    public bool Add(Triple triple) => Add(triple.InGraph(DefaultGraph.Instance));

    public bool Remove(Quad quad)
    {
        lock (_writeLock)
        {
            return Writable().Remove(quad);
        }
    }

    public IQuadSnapshot Snapshot()
    {
        var state = _state;
        state.Shared = true;
        return new FrozenView(state);
    }

    public void Apply(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_writeLock)
        {
            // Build the new state aside and publish it with one reference assignment: all or nothing.
            var next = _state.Clone();
            if (changes.ClearAll)
            {
                next = new State();
            }

            foreach (var g in changes.ClearedGraphs)
            {
                foreach (var q in next.Match(null, null, null, g, cancellationToken).ToList())
                {
                    next.Remove(q);
                }
            }

            foreach (var q in changes.Deletions)
            {
                next.Remove(q);
            }

            foreach (var q in changes.Insertions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                next.Add(q);
            }

            _state = next;
        }
    }

    private State Writable()
    {
        if (_state.Shared)
        {
            _state = _state.Clone();
        }

        return _state;
    }

    private sealed class FrozenView(State state) : IQuadSnapshot
    {
        public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default) =>
            state.Match(subject, predicate, obj, graph, cancellationToken);

        public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default) => state.NamedGraphs();

        public long EstimateCount(Term? subject, Term? predicate, Term? obj, Term? graph) => state.Estimate(subject, predicate, obj, graph);

        public bool Contains(Quad quad) => state.Contains(quad);

        public void Dispose()
        {
        }
    }

    private readonly record struct QuadIds(int S, int P, int O, int G);

    /// <summary>The indexed contents. Once <see cref="Shared"/> is set it is never mutated again.</summary>
    private sealed class State
    {
        private readonly Dictionary<Term, int> _ids;
        private readonly List<Term> _terms;
        private readonly HashSet<QuadIds> _all;
        private readonly Dictionary<int, HashSet<QuadIds>>[] _byPosition;

        public State()
        {
            _ids = [];
            _terms = [];
            _all = [];
            _byPosition = [[], [], [], []];
        }

        private State(State other)
        {
            _ids = new Dictionary<Term, int>(other._ids);
            _terms = new List<Term>(other._terms);
            _all = new HashSet<QuadIds>(other._all);
            _byPosition = new Dictionary<int, HashSet<QuadIds>>[4];
            for (int i = 0; i < 4; i++)
            {
                _byPosition[i] = new Dictionary<int, HashSet<QuadIds>>(other._byPosition[i].Count);
                foreach (var (k, v) in other._byPosition[i])
                {
                    _byPosition[i][k] = new HashSet<QuadIds>(v);
                }
            }
        }

        public volatile bool Shared;

        public long Count => _all.Count;

        public State Clone() => new(this);

        public bool Add(Quad q)
        {
            var ids = new QuadIds(Intern(q.Subject), Intern(q.Predicate), Intern(q.Obj), Intern(q.Graph));
            if (!_all.Add(ids))
            {
                return false;
            }

            Index(0, ids.S, ids);
            Index(1, ids.P, ids);
            Index(2, ids.O, ids);
            Index(3, ids.G, ids);
            return true;
        }

        public bool Remove(Quad q)
        {
            if (!TryIds(q, out var ids) || !_all.Remove(ids))
            {
                return false;
            }

            Unindex(0, ids.S, ids);
            Unindex(1, ids.P, ids);
            Unindex(2, ids.O, ids);
            Unindex(3, ids.G, ids);
            return true;
        }

        public bool Contains(Quad q) => TryIds(q, out var ids) && _all.Contains(ids);

        public IEnumerable<Term> NamedGraphs()
        {
            foreach (var (id, set) in _byPosition[3])
            {
                if (set.Count > 0 && _terms[id] is not DefaultGraph)
                {
                    yield return _terms[id];
                }
            }
        }

        public long Estimate(Term? s, Term? p, Term? o, Term? g)
        {
            var candidates = Candidates(s, p, o, g, out bool impossible);
            return impossible ? 0 : candidates.Count;
        }

        public IEnumerable<Quad> Match(Term? s, Term? p, Term? o, Term? g, CancellationToken cancellationToken)
        {
            var candidates = Candidates(s, p, o, g, out bool impossible);
            if (impossible)
            {
                return [];
            }

            int sid = s is null ? -1 : _ids[s];
            int pid = p is null ? -1 : _ids[p];
            int oid = o is null ? -1 : _ids[o];
            int gid = g is null ? -1 : _ids[g];
            return Filter(candidates, sid, pid, oid, gid, cancellationToken);
        }

        private IEnumerable<Quad> Filter(HashSet<QuadIds> candidates, int s, int p, int o, int g, CancellationToken cancellationToken)
        {
            int n = 0;
            foreach (var q in candidates)
            {
                if ((++n & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if ((s < 0 || q.S == s) && (p < 0 || q.P == p) && (o < 0 || q.O == o) && (g < 0 || q.G == g))
                {
                    yield return new Quad(_terms[q.S], _terms[q.P], _terms[q.O], _terms[q.G]);
                }
            }
        }

        private HashSet<QuadIds> Candidates(Term? s, Term? p, Term? o, Term? g, out bool impossible)
        {
            impossible = false;
            HashSet<QuadIds> best = _all;
            for (int i = 0; i < 4; i++)
            {
                var t = i switch { 0 => s, 1 => p, 2 => o, _ => g };
                if (t is null)
                {
                    continue;
                }

                if (!_ids.TryGetValue(t, out int id) || !_byPosition[i].TryGetValue(id, out var set) || set.Count == 0)
                {
                    impossible = true;
                    return _all;
                }

                if (set.Count < best.Count)
                {
                    best = set;
                }
            }

            return best;
        }

        private bool TryIds(Quad q, out QuadIds ids)
        {
            if (_ids.TryGetValue(q.Subject, out int s) && _ids.TryGetValue(q.Predicate, out int p)
                && _ids.TryGetValue(q.Obj, out int o) && _ids.TryGetValue(q.Graph, out int g))
            {
                ids = new QuadIds(s, p, o, g);
                return true;
            }

            ids = default;
            return false;
        }

        private int Intern(Term t)
        {
            if (!_ids.TryGetValue(t, out int id))
            {
                id = _terms.Count;
                _terms.Add(t);
                _ids.Add(t, id);
            }

            return id;
        }

        private void Index(int position, int id, QuadIds q)
        {
            if (!_byPosition[position].TryGetValue(id, out var set))
            {
                set = [];
                _byPosition[position][id] = set;
            }

            set.Add(q);
        }

        private void Unindex(int position, int id, QuadIds q)
        {
            if (_byPosition[position].TryGetValue(id, out var set))
            {
                set.Remove(q);
                if (set.Count == 0)
                {
                    _byPosition[position].Remove(id);
                }
            }
        }
    }
}
