using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>A node shape (no <see cref="Path"/>) or a property shape, as read from the shapes graph.</summary>
internal sealed class Shape(Term id)
{
    public Term Id { get; } = id;

    public PropertyPath? Path { get; set; }

    /// <summary>The shape that declares this one with sh:property, for naming blank property shapes in reports.</summary>
    public Shape? Owner { get; set; }

    public List<(Iri Kind, Term Value)> Targets { get; } = [];

    public List<Constraint> Constraints { get; } = [];

    public List<Shape> Properties { get; } = [];

    public string? Message { get; set; }

    public Iri Severity { get; set; } = Sh.Violation;

    public bool Deactivated { get; set; }

    /// <summary>The nearest shape with an IRI: itself, or the node shape that owns it.</summary>
    public Term NamedShape => Id is Iri || Owner is null ? Id : Owner.NamedShape;
}
