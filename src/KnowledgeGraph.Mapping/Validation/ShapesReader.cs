using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>Reads node and property shapes from a shapes graph (SHACL 2.1–2.3).</summary>
internal sealed class ShapesReader
{
    private static readonly Iri[] TargetPredicates = [Sh.TargetClass, Sh.TargetNode, Sh.TargetSubjectsOf, Sh.TargetObjectsOf];

    private static readonly Iri[] ValueParameters =
    [
        Sh.Class, Sh.Datatype, Sh.NodeKind, Sh.MinCount, Sh.MaxCount, Sh.MinInclusive, Sh.MaxInclusive, Sh.MinExclusive,
        Sh.MaxExclusive, Sh.MinLength, Sh.MaxLength, Sh.HasValue, Sh.LessThan, Sh.LessThanOrEquals, Sh.EqualsProperty, Sh.Disjoint,
    ];

    private readonly InMemoryDataset _graph;
    private readonly Dictionary<Term, Shape> _shapes = [];

    public ShapesReader(IEnumerable<Quad> shapesGraph) => _graph = new InMemoryDataset(shapesGraph.Select(q => q with { Graph = DefaultGraph.Instance }));

    /// <summary>The shapes that have targets (the entry points of validation).</summary>
    public List<Shape> Read()
    {
        var roots = new HashSet<Term>();
        foreach (var p in TargetPredicates)
        {
            roots.UnionWith(_graph.Match(null, p, null, null).Select(q => q.Subject));
        }

        roots.UnionWith(_graph.Match(null, RdfVocabulary.Type, Sh.NodeShape, null).Select(q => q.Subject));
        return [.. roots.OrderBy(t => t, TermComparer.Instance).Select(r => Get(r, null)).Where(s => s.Targets.Count > 0)];
    }

    private Shape Get(Term id, Shape? owner)
    {
        if (_shapes.TryGetValue(id, out var shape))
        {
            return shape;
        }

        shape = new Shape(id) { Owner = owner };
        _shapes[id] = shape; // registered before its parts are read, so recursive shapes terminate
        foreach (var p in TargetPredicates)
        {
            shape.Targets.AddRange(Objects(id, p).Select(o => (p, o)));
        }

        if (One(id, Sh.Path) is { } path)
        {
            shape.Path = ReadPath(path);
        }

        shape.Message = One(id, Sh.Message) is Literal m ? m.Value : null;
        shape.Severity = One(id, Sh.Severity) as Iri ?? Sh.Violation;
        shape.Deactivated = One(id, Sh.Deactivated) is Literal { Value: "true" };

        foreach (var parameter in ValueParameters)
        {
            foreach (var value in Objects(id, parameter))
            {
                shape.Constraints.Add(new Constraint(parameter, value, [], []));
            }
        }

        foreach (var pattern in Objects(id, Sh.Pattern).OfType<Literal>())
        {
            string flags = One(id, Sh.Flags) is Literal f ? f.Value : "";
            var options = RegexOptions.CultureInvariant;
            options |= flags.Contains('i', StringComparison.Ordinal) ? RegexOptions.IgnoreCase : 0;
            options |= flags.Contains('m', StringComparison.Ordinal) ? RegexOptions.Multiline : 0;
            options |= flags.Contains('s', StringComparison.Ordinal) ? RegexOptions.Singleline : 0;
            options |= flags.Contains('x', StringComparison.Ordinal) ? RegexOptions.IgnorePatternWhitespace : 0;
            shape.Constraints.Add(new Constraint(Sh.Pattern, pattern, [], []) { Regex = new Regex(pattern.Value, options, TimeSpan.FromSeconds(1)) });
        }

        foreach (var list in Objects(id, Sh.In))
        {
            shape.Constraints.Add(new Constraint(Sh.In, null, ReadList(list), []));
        }

        foreach (var parameter in new[] { Sh.Or, Sh.And, Sh.Xone })
        {
            foreach (var list in Objects(id, parameter))
            {
                shape.Constraints.Add(new Constraint(parameter, null, [], [.. ReadList(list).Select(s => Get(s, shape))]));
            }
        }

        foreach (var parameter in new[] { Sh.Node, Sh.Not })
        {
            foreach (var value in Objects(id, parameter))
            {
                shape.Constraints.Add(new Constraint(parameter, value, [], [Get(value, shape)]));
            }
        }

        foreach (var property in Objects(id, Sh.Property).OrderBy(t => t, TermComparer.Instance))
        {
            shape.Properties.Add(Get(property, shape));
        }

        return shape;
    }

    private PropertyPath ReadPath(Term node)
    {
        if (node is Iri iri && !iri.Equals(RdfVocabulary.Nil))
        {
            return PropertyPath.Of(iri);
        }

        if (One(node, Sh.InversePath) is { } inv)
        {
            var inner = ReadPath(inv);
            return inner.Kind == PathKind.Predicate
                ? PropertyPath.Inverse(inner)
                : throw new NotSupportedException($"Shape path {inner.Display}: sh:inversePath is supported on a predicate only.");
        }

        if (One(node, Sh.AlternativePath) is { } alt)
        {
            return PropertyPath.Alternative([.. ReadList(alt).Select(ReadPath)]);
        }

        if (One(node, Sh.ZeroOrMorePath) is { } zm)
        {
            return PropertyPath.Repeat(PathKind.ZeroOrMore, ReadPath(zm));
        }

        if (One(node, Sh.OneOrMorePath) is { } om)
        {
            return PropertyPath.Repeat(PathKind.OneOrMore, ReadPath(om));
        }

        if (One(node, Sh.ZeroOrOnePath) is { } zo)
        {
            return PropertyPath.Repeat(PathKind.ZeroOrOne, ReadPath(zo));
        }

        if (One(node, RdfVocabulary.First) is not null)
        {
            return PropertyPath.Sequence([.. ReadList(node).Select(ReadPath)]);
        }

        throw new ArgumentException($"Not a SHACL property path: {node}");
    }

    private List<Term> ReadList(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        for (var node = head; !node.Equals(RdfVocabulary.Nil); node = One(node, RdfVocabulary.Rest) ?? RdfVocabulary.Nil)
        {
            if (!seen.Add(node) || One(node, RdfVocabulary.First) is not { } first)
            {
                throw new ArgumentException($"Malformed RDF list at {node} in the shapes graph.");
            }

            items.Add(first);
        }

        return items;
    }

    private IEnumerable<Term> Objects(Term s, Iri p) => _graph.Match(s, p, null, null).Select(q => q.Obj).OrderBy(t => t, TermComparer.Instance);

    private Term? One(Term s, Iri p) => Objects(s, p).FirstOrDefault();

    internal static int ParseCount(Term value) =>
        value is Literal l && int.TryParse(l.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 0
            ? n
            : throw new ArgumentException($"SHACL count parameter must be a non-negative integer: {value}");
}
