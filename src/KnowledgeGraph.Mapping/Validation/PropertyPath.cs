using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>A SHACL property path (SHACL 2.3.1): a predicate, an inverse, a sequence, alternatives, or a
/// zero-or-more / one-or-more / zero-or-one repetition.</summary>
internal sealed class PropertyPath
{
    private PropertyPath(PathKind kind, Iri? predicate, IReadOnlyList<PropertyPath> parts, string display)
    {
        Kind = kind;
        Predicate = predicate;
        Parts = parts;
        Display = display;
    }

    public PathKind Kind { get; }

    public Iri? Predicate { get; }

    public IReadOnlyList<PropertyPath> Parts { get; }

    /// <summary>The path in SPARQL syntax with prefixed names, for reports.</summary>
    public string Display { get; }

    public static PropertyPath Of(Iri predicate) => new(PathKind.Predicate, predicate, [], ShaclNames.Short(predicate));

    public static PropertyPath Inverse(PropertyPath p) => new(PathKind.Inverse, null, [p], "^" + p.Display);

    public static PropertyPath Sequence(IReadOnlyList<PropertyPath> ps) => new(PathKind.Sequence, null, ps, "(" + string.Join("/", ps.Select(p => p.Display)) + ")");

    public static PropertyPath Alternative(IReadOnlyList<PropertyPath> ps) => new(PathKind.Alternative, null, ps, "(" + string.Join("|", ps.Select(p => p.Display)) + ")");

    public static PropertyPath Repeat(PathKind kind, PropertyPath p) =>
        new(kind, null, [p], p.Display + kind switch { PathKind.ZeroOrMore => "*", PathKind.OneOrMore => "+", _ => "?" });

    /// <summary>The value nodes reached from <paramref name="focus"/>, each once.</summary>
    public IEnumerable<Term> Values(DataView data, Term focus) => Eval(data, focus).Distinct();

    private IEnumerable<Term> Eval(DataView data, Term focus)
    {
        switch (Kind)
        {
            case PathKind.Predicate:
                return data.Objects(focus, Predicate!);
            case PathKind.Inverse:
                return Parts[0].Kind == PathKind.Predicate
                    ? data.Subjects(Parts[0].Predicate!, focus)
                    : throw new NotSupportedException("sh:inversePath of a complex path is not supported: " + Display);
            case PathKind.Sequence:
                IEnumerable<Term> nodes = [focus];
                foreach (var part in Parts)
                {
                    nodes = nodes.SelectMany(n => part.Values(data, n)).Distinct().ToList();
                }

                return nodes;
            case PathKind.Alternative:
                return Parts.SelectMany(p => p.Values(data, focus));
            case PathKind.ZeroOrOne:
                return Parts[0].Values(data, focus).Prepend(focus);
            default:
                return Closure(data, focus, includeSelf: Kind == PathKind.ZeroOrMore);
        }
    }

    private List<Term> Closure(DataView data, Term focus, bool includeSelf)
    {
        var seen = new HashSet<Term>();
        var result = new List<Term>();
        if (includeSelf)
        {
            seen.Add(focus);
            result.Add(focus);
        }

        var frontier = new Queue<Term>([focus]);
        while (frontier.Count > 0)
        {
            foreach (var next in Parts[0].Values(data, frontier.Dequeue()))
            {
                if (seen.Add(next))
                {
                    result.Add(next);
                    frontier.Enqueue(next);
                }
            }
        }

        return result;
    }
}
