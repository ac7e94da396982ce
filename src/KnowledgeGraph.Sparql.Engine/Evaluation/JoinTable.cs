using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>
/// A hash index over materialised solutions, keyed on the variables both sides may share. Solutions that leave a key
/// variable unbound cannot be hashed and are checked against every probe.
/// </summary>
internal sealed class JoinTable
{
    private readonly int[] _keys;
    private readonly Dictionary<RowKey, List<Term?[]>> _map = [];
    private readonly List<Term?[]> _partial = [];
    private readonly List<Term?[]> _all = [];

    public JoinTable(int[] keys, IEnumerable<Term?[]> rows)
    {
        _keys = keys;
        foreach (var row in rows)
        {
            _all.Add(row);
            if (keys.Length > 0 && AllBound(row))
            {
                var key = RowKey.Of(row, keys);
                if (!_map.TryGetValue(key, out var list))
                {
                    list = [];
                    _map[key] = list;
                }

                list.Add(row);
            }
            else
            {
                _partial.Add(row);
            }
        }
    }

    public int Count => _all.Count;

    private bool AllBound(Term?[] row)
    {
        foreach (int k in _keys)
        {
            if (row[k] is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Solutions that may be compatible with <paramref name="probe"/> (a superset; check compatibility).</summary>
    public IEnumerable<Term?[]> Candidates(Term?[] probe)
    {
        if (_keys.Length == 0 || !AllBound(probe))
        {
            return _all;
        }

        return _map.TryGetValue(RowKey.Of(probe, _keys), out var list)
            ? (_partial.Count == 0 ? list : list.Concat(_partial))
            : _partial;
    }

    public static bool Compatible(Term?[] a, Term?[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is { } x && b[i] is { } y && !x.Equals(y))
            {
                return false;
            }
        }

        return true;
    }

    public static bool SharesBinding(Term?[] a, Term?[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] is not null && b[i] is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static Term?[] Merge(Term?[] a, Term?[] b)
    {
        var r = (Term?[])a.Clone();
        for (int i = 0; i < r.Length; i++)
        {
            r[i] ??= b[i];
        }

        return r;
    }
}
