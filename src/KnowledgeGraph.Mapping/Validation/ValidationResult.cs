using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>One SHACL validation result (SHACL 3.6.2): which node broke which constraint of which shape.</summary>
public sealed record ValidationResult
{
    /// <summary>The node that was validated.</summary>
    public required Term FocusNode { get; init; }

    /// <summary>The shape holding the constraint (a blank node for an anonymous property shape).</summary>
    public required Term SourceShape { get; init; }

    /// <summary>The nearest shape with an IRI: <see cref="SourceShape"/> itself or the node shape that owns it.</summary>
    public required Term NamedShape { get; init; }

    /// <summary>The property path in SPARQL syntax (<c>schema:spokenByCharacter</c>, <c>^org:holds</c>), or null
    /// for a node shape.</summary>
    public string? Path { get; init; }

    /// <summary>The predicate, when the path is a single predicate.</summary>
    public Iri? PathPredicate { get; init; }

    /// <summary>The offending value, when the constraint is about one value.</summary>
    public Term? Value { get; init; }

    /// <summary>The constraint component, for example <c>sh:MinCountConstraintComponent</c>.</summary>
    public required Iri SourceConstraintComponent { get; init; }

    public required Iri Severity { get; init; }

    public required string Message { get; init; }

    /// <summary>One line: focus node, shape, path, value and message.</summary>
    public override string ToString()
    {
        string shape = ShaclNames.Short(NamedShape) + (SourceShape.Equals(NamedShape) ? "" : " (property shape)");
        string path = Path is null ? "" : $" path {Path}";
        string value = Value is null ? "" : $" value {Value}";
        return $"{ShaclNames.Short(Severity)} on {FocusNode}: shape {shape}{path}{value}: {Message} [{ShaclNames.Short(SourceConstraintComponent)}]";
    }
}
