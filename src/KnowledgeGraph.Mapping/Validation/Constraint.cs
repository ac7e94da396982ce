using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>One constraint parameter of a shape: sh:minCount 1, sh:class schema:Place, sh:or (...), and so on.</summary>
/// <param name="Parameter">The SHACL parameter (sh:minCount, sh:class, ...).</param>
/// <param name="Value">The parameter's value (a literal, an IRI), or null for list-valued parameters.</param>
/// <param name="List">The members of an RDF list value (sh:in, sh:or, sh:and, sh:xone).</param>
/// <param name="Shapes">The shapes a shape-valued parameter names (sh:node, sh:not, sh:or, sh:and, sh:xone).</param>
internal sealed record Constraint(Iri Parameter, Term? Value, IReadOnlyList<Term> List, IReadOnlyList<Shape> Shapes)
{
    /// <summary>A compiled sh:pattern (with its sh:flags).</summary>
    public System.Text.RegularExpressions.Regex? Regex { get; init; }
}
