using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>
/// Validates RDF data against SHACL shapes: the SHACL Core subset that ontology/shapes.ttl needs, namely targets
/// (sh:targetClass with rdfs:subClassOf, sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf), property paths
/// (predicate, inverse, sequence, alternative, repetition), value type (class, datatype, nodeKind), cardinality,
/// value range, string (pattern, length), property pair (equals, disjoint, lessThan, lessThanOrEquals), logical
/// (not, and, or, xone), shape-based (node, property) and other (in, hasValue) constraints.
/// </summary>
/// <remarks>See https://www.w3.org/TR/shacl/. SPARQL-based constraints, sh:closed and qualified value shapes are
/// not supported; shapes using them are read without those parts.</remarks>
public sealed class ShaclValidator
{
    private const int MaxDepth = 32;

    private readonly List<Shape> _shapes;
    private readonly Dictionary<Term, HashSet<Term>> _superClasses = [];

    /// <param name="shapesGraph">The shapes, for example ontology/shapes.ttl.</param>
    /// <param name="ontology">Quads whose rdfs:subClassOf axioms sh:class and sh:targetClass follow, for example
    /// ontology/knowledgegraph.ttl.</param>
    /// <exception cref="ArgumentException">A shape is malformed (a bad path or list).</exception>
    /// <exception cref="NotSupportedException">A shape uses an inverse of a complex path.</exception>
    public ShaclValidator(IEnumerable<Quad> shapesGraph, IEnumerable<Quad>? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(shapesGraph);
        var shapeQuads = shapesGraph.ToList();
        _shapes = new ShapesReader(shapeQuads).Read();
        foreach (var q in shapeQuads.Concat(ontology ?? []))
        {
            if (q.Predicate.Equals(Rdfs.SubClassOf))
            {
                DataView.AddSubClass(_superClasses, q.Subject, q.Obj);
            }
        }

        DataView.Close(_superClasses);
    }

    /// <summary>The number of shapes with targets.</summary>
    public int ShapeCount => _shapes.Count;

    /// <summary>Validates one graph of <paramref name="data"/> (or the union of all its graphs when
    /// <paramref name="graph"/> is null).</summary>
    public ValidationReport Validate(IQuadSource data, Term? graph = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new DataView(data, graph, _superClasses, cancellationToken);
        var results = new List<ValidationResult>();
        foreach (var shape in _shapes.Where(s => !s.Deactivated))
        {
            foreach (var focus in Targets(view, shape))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ValidateShape(view, shape, focus, results, 0, []);
            }
        }

        return new ValidationReport([.. results
            .Distinct()
            .OrderBy(r => r.FocusNode, TermComparer.Instance)
            .ThenBy(r => r.NamedShape, TermComparer.Instance)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Message, StringComparer.Ordinal)]);
    }

    /// <summary>Validates a set of quads as one data graph (all graphs merged).</summary>
    public ValidationReport Validate(IEnumerable<Quad> data, CancellationToken cancellationToken = default) =>
        Validate(new InMemoryDataset(data), null, cancellationToken);

    private static IEnumerable<Term> Targets(DataView data, Shape shape)
    {
        var nodes = new List<Term>();
        foreach (var (kind, value) in shape.Targets)
        {
            if (kind.Equals(Sh.TargetClass))
            {
                nodes.AddRange(data.InstancesOf(value));
            }
            else if (kind.Equals(Sh.TargetNode))
            {
                nodes.Add(value);
            }
            else if (kind.Equals(Sh.TargetSubjectsOf))
            {
                nodes.AddRange(data.Match(null, value, null).Select(q => q.Subject));
            }
            else
            {
                nodes.AddRange(data.Match(null, value, null).Select(q => q.Obj));
            }
        }

        return nodes.Distinct().OrderBy(t => t, TermComparer.Instance);
    }

    // `checking` holds the (shape, node) pairs whose conformance is being decided further up: recursive shapes
    // (undefined in SHACL 1.0) are resolved by assuming such a pair conforms, so validation terminates.
    private void ValidateShape(DataView data, Shape shape, Term focus, List<ValidationResult> results, int depth, HashSet<(Shape, Term)> checking)
    {
        if (shape.Deactivated)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"Shape {ShaclNames.Short(shape.NamedShape)} nests more than {MaxDepth} levels deep.");
        }

        IReadOnlyList<Term> values = shape.Path is null ? [focus] : [.. shape.Path.Values(data, focus)];
        var checker = new ConstraintChecker(data, (s, v) => Conforms(data, s, v, depth + 1, checking));
        foreach (var constraint in shape.Constraints)
        {
            foreach (var (value, message) in checker.Check(constraint, focus, values))
            {
                results.Add(new ValidationResult
                {
                    FocusNode = focus,
                    SourceShape = shape.Id,
                    NamedShape = shape.NamedShape,
                    Path = shape.Path?.Display,
                    PathPredicate = shape.Path is { Kind: PathKind.Predicate } path ? path.Predicate : null,
                    Value = value,
                    SourceConstraintComponent = Sh.Component(constraint.Parameter),
                    Severity = shape.Severity,
                    Message = shape.Message ?? message,
                });
            }
        }

        foreach (var property in shape.Properties)
        {
            foreach (var value in values)
            {
                ValidateShape(data, property, value, results, depth + 1, checking);
            }
        }
    }

    private bool Conforms(DataView data, Shape shape, Term value, int depth, HashSet<(Shape, Term)> checking)
    {
        if (!checking.Add((shape, value)))
        {
            return true;
        }

        var results = new List<ValidationResult>();
        ValidateShape(data, shape, value, results, depth, checking);
        checking.Remove((shape, value));
        return results.Count == 0;
    }
}
