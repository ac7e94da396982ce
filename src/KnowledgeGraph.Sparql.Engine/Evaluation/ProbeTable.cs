using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>
/// The matches of one triple pattern (its constants only), read once and grouped by the terms at the positions of
/// its join slots, so that each row finds its candidates without a lookup in the source. The groups lie side by side
/// in one array: most keys have a single match, and a list per key would cost more than the lookups saved.
/// </summary>
internal sealed class ProbeTable
{
    private readonly int[] _positions;
    private readonly int[] _keySlots;
    private readonly Dictionary<Term, (int Start, int Count)>? _single;
    private readonly Dictionary<RowKey, (int Start, int Count)>? _multiple;
    private readonly Quad[] _quads;

    public ProbeTable(CompiledTriple t, IEnumerable<Quad> matches, EvalContext ctx)
    {
        var slots = t.ProbeSlots ?? throw new ArgumentException("the pattern is not planned as a probe", nameof(t));
        // Every position that holds a join slot is part of the key, also a slot's second position in the pattern:
        // the row binds both, and a lookup would have required both.
        int[] patternSlots = [t.S, t.P, t.O];
        _positions = [.. Enumerable.Range(0, 3).Where(i => patternSlots[i] >= 0 && slots.Contains(patternSlots[i]))];
        _keySlots = [.. _positions.Select(i => patternSlots[i])];
        var read = new List<Quad>();
        var groupOf = new List<int>();
        var counts = new List<int>();
        if (_positions.Length == 1)
        {
            _single = [];
        }
        else
        {
            _multiple = [];
        }

        foreach (var q in matches)
        {
            ctx.Tick();
            int group = _single is not null ? Group(_single, At(q, _positions[0]), counts) : Group(_multiple!, KeyOf(q), counts);
            read.Add(q);
            groupOf.Add(group);
        }

        // Counting sort by group: the group's start replaces its count, then each quad goes to its group's next place.
        var starts = new int[counts.Count];
        for (int g = 0, next = 0; g < counts.Count; g++)
        {
            starts[g] = next;
            next += counts[g];
        }

        _quads = new Quad[read.Count];
        var fill = (int[])starts.Clone();
        for (int i = 0; i < read.Count; i++)
        {
            _quads[fill[groupOf[i]]++] = read[i];
        }

        if (_single is not null)
        {
            Place(_single, starts, counts);
        }
        else
        {
            Place(_multiple!, starts, counts);
        }
    }

    /// <summary>The matches whose join positions hold the row's values.</summary>
    public ArraySegment<Quad> Candidates(Term?[] row)
    {
        (int Start, int Count) range = default;
        bool found = _single is not null
            ? row[_keySlots[0]] is { } value && _single.TryGetValue(value, out range)
            : _multiple!.TryGetValue(RowKey.Of(row, _keySlots), out range);
        return found ? new ArraySegment<Quad>(_quads, range.Start, range.Count) : ArraySegment<Quad>.Empty;
    }

    private RowKey KeyOf(Quad q) => new(_positions.Select(p => (Term?)At(q, p)).ToArray());

    // The group number of the key (its count so far grows by one); groups are numbered in order of first sight.
    private static int Group<TKey>(Dictionary<TKey, (int Start, int Count)> groups, TKey key, List<int> counts)
        where TKey : notnull
    {
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out bool exists);
        if (!exists)
        {
            entry = (counts.Count, 0);
            counts.Add(0);
        }

        counts[entry.Start]++;
        return entry.Start;
    }

    private static void Place<TKey>(Dictionary<TKey, (int Start, int Count)> groups, int[] starts, List<int> counts)
        where TKey : notnull
    {
        foreach (var key in groups.Keys.ToList())
        {
            int group = groups[key].Start;
            groups[key] = (starts[group], counts[group]);
        }
    }

    private static Term At(Quad q, int position) => position switch
    {
        0 => q.Subject,
        1 => q.Predicate,
        _ => q.Obj,
    };
}
