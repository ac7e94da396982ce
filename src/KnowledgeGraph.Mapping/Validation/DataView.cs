using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>
/// The data graph being validated: one graph of a quad source, or the union of all its graphs, with the class
/// hierarchy used by sh:class and sh:targetClass (rdfs:subClassOf from the ontology, the shapes and the data).
/// </summary>
internal sealed class DataView
{
    private readonly IQuadSource _source;
    private readonly Term? _graph;
    private readonly Dictionary<Term, HashSet<Term>> _superClasses;
    private readonly CancellationToken _cancellationToken;

    public DataView(IQuadSource source, Term? graph, IReadOnlyDictionary<Term, HashSet<Term>> schemaSuperClasses, CancellationToken cancellationToken)
    {
        _source = source;
        _graph = graph;
        _cancellationToken = cancellationToken;
        _superClasses = schemaSuperClasses.ToDictionary(kv => kv.Key, kv => new HashSet<Term>(kv.Value));
        foreach (var q in Match(null, Rdfs.SubClassOf, null))
        {
            AddSubClass(_superClasses, q.Subject, q.Obj);
        }

        Close(_superClasses);
    }

    public CancellationToken CancellationToken => _cancellationToken;

    public IEnumerable<Quad> Match(Term? s, Term? p, Term? o)
    {
        var seen = _graph is null ? new HashSet<Triple>() : null;
        foreach (var q in _source.Match(s, p, o, _graph, _cancellationToken))
        {
            // A union view lists a triple once, however many graphs hold it.
            if (seen is null || seen.Add(q.Triple))
            {
                yield return q;
            }
        }
    }

    public IEnumerable<Term> Objects(Term s, Term p) => Match(s, p, null).Select(q => q.Obj);

    public IEnumerable<Term> Subjects(Term p, Term o) => Match(null, p, o).Select(q => q.Subject);

    public bool IsInstanceOf(Term node, Term cls) =>
        Objects(node, RdfVocabulary.Type).Any(t => t.Equals(cls) || (_superClasses.TryGetValue(t, out var sup) && sup.Contains(cls)));

    /// <summary>Every node typed with the class or one of its subclasses.</summary>
    public IEnumerable<Term> InstancesOf(Term cls)
    {
        var classes = new HashSet<Term> { cls };
        foreach (var (sub, sup) in _superClasses)
        {
            if (sup.Contains(cls))
            {
                classes.Add(sub);
            }
        }

        return classes.SelectMany(c => Subjects(RdfVocabulary.Type, c)).Distinct();
    }

    public static void AddSubClass(Dictionary<Term, HashSet<Term>> map, Term sub, Term sup)
    {
        if (!map.TryGetValue(sub, out var set))
        {
            set = [];
            map[sub] = set;
        }

        set.Add(sup);
    }

    /// <summary>Makes the map transitive (each class lists all its ancestors).</summary>
    public static void Close(Dictionary<Term, HashSet<Term>> map)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var set in map.Values)
            {
                foreach (var sup in set.ToList())
                {
                    if (map.TryGetValue(sup, out var more))
                    {
                        foreach (var m in more)
                        {
                            changed |= set.Add(m);
                        }
                    }
                }
            }
        }
    }
}
