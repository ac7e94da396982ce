using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping.Validation;

/// <summary>The SHACL terms the validator reads and reports.</summary>
internal static class Sh
{
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    public static readonly Iri NodeShape = Iri.Unchecked(Namespace + "NodeShape");
    public static readonly Iri PropertyShape = Iri.Unchecked(Namespace + "PropertyShape");
    public static readonly Iri TargetClass = Iri.Unchecked(Namespace + "targetClass");
    public static readonly Iri TargetNode = Iri.Unchecked(Namespace + "targetNode");
    public static readonly Iri TargetSubjectsOf = Iri.Unchecked(Namespace + "targetSubjectsOf");
    public static readonly Iri TargetObjectsOf = Iri.Unchecked(Namespace + "targetObjectsOf");
    public static readonly Iri Path = Iri.Unchecked(Namespace + "path");
    public static readonly Iri InversePath = Iri.Unchecked(Namespace + "inversePath");
    public static readonly Iri AlternativePath = Iri.Unchecked(Namespace + "alternativePath");
    public static readonly Iri ZeroOrMorePath = Iri.Unchecked(Namespace + "zeroOrMorePath");
    public static readonly Iri OneOrMorePath = Iri.Unchecked(Namespace + "oneOrMorePath");
    public static readonly Iri ZeroOrOnePath = Iri.Unchecked(Namespace + "zeroOrOnePath");
    public static readonly Iri Property = Iri.Unchecked(Namespace + "property");
    public static readonly Iri Node = Iri.Unchecked(Namespace + "node");
    public static readonly Iri Class = Iri.Unchecked(Namespace + "class");
    public static readonly Iri Datatype = Iri.Unchecked(Namespace + "datatype");
    public static readonly Iri NodeKind = Iri.Unchecked(Namespace + "nodeKind");
    public static readonly Iri MinCount = Iri.Unchecked(Namespace + "minCount");
    public static readonly Iri MaxCount = Iri.Unchecked(Namespace + "maxCount");
    public static readonly Iri MinInclusive = Iri.Unchecked(Namespace + "minInclusive");
    public static readonly Iri MaxInclusive = Iri.Unchecked(Namespace + "maxInclusive");
    public static readonly Iri MinExclusive = Iri.Unchecked(Namespace + "minExclusive");
    public static readonly Iri MaxExclusive = Iri.Unchecked(Namespace + "maxExclusive");
    public static readonly Iri MinLength = Iri.Unchecked(Namespace + "minLength");
    public static readonly Iri MaxLength = Iri.Unchecked(Namespace + "maxLength");
    public static readonly Iri Pattern = Iri.Unchecked(Namespace + "pattern");
    public static readonly Iri Flags = Iri.Unchecked(Namespace + "flags");
    public static readonly Iri In = Iri.Unchecked(Namespace + "in");
    public static readonly Iri HasValue = Iri.Unchecked(Namespace + "hasValue");
    public static readonly Iri LessThan = Iri.Unchecked(Namespace + "lessThan");
    public static readonly Iri LessThanOrEquals = Iri.Unchecked(Namespace + "lessThanOrEquals");
    public static readonly Iri EqualsProperty = Iri.Unchecked(Namespace + "equals");
    public static readonly Iri Disjoint = Iri.Unchecked(Namespace + "disjoint");
    public static readonly Iri Or = Iri.Unchecked(Namespace + "or");
    public static readonly Iri And = Iri.Unchecked(Namespace + "and");
    public static readonly Iri Not = Iri.Unchecked(Namespace + "not");
    public static readonly Iri Xone = Iri.Unchecked(Namespace + "xone");
    public static readonly Iri Message = Iri.Unchecked(Namespace + "message");
    public static readonly Iri Severity = Iri.Unchecked(Namespace + "severity");
    public static readonly Iri Deactivated = Iri.Unchecked(Namespace + "deactivated");
    public static readonly Iri IriKind = Iri.Unchecked(Namespace + "IRI");
    public static readonly Iri BlankNodeKind = Iri.Unchecked(Namespace + "BlankNode");
    public static readonly Iri LiteralKind = Iri.Unchecked(Namespace + "Literal");
    public static readonly Iri BlankNodeOrIriKind = Iri.Unchecked(Namespace + "BlankNodeOrIRI");
    public static readonly Iri BlankNodeOrLiteralKind = Iri.Unchecked(Namespace + "BlankNodeOrLiteral");
    public static readonly Iri IriOrLiteralKind = Iri.Unchecked(Namespace + "IRIOrLiteral");
    public static readonly Iri Violation = Iri.Unchecked(Namespace + "Violation");
    public static readonly Iri Warning = Iri.Unchecked(Namespace + "Warning");
    public static readonly Iri Info = Iri.Unchecked(Namespace + "Info");

    public static readonly Iri ValidationReport = Iri.Unchecked(Namespace + "ValidationReport");
    public static readonly Iri ValidationResult = Iri.Unchecked(Namespace + "ValidationResult");
    public static readonly Iri Conforms = Iri.Unchecked(Namespace + "conforms");
    public static readonly Iri Result = Iri.Unchecked(Namespace + "result");
    public static readonly Iri FocusNodeProperty = Iri.Unchecked(Namespace + "focusNode");
    public static readonly Iri ResultPath = Iri.Unchecked(Namespace + "resultPath");
    public static readonly Iri ValueProperty = Iri.Unchecked(Namespace + "value");
    public static readonly Iri SourceShape = Iri.Unchecked(Namespace + "sourceShape");
    public static readonly Iri SourceConstraintComponent = Iri.Unchecked(Namespace + "sourceConstraintComponent");
    public static readonly Iri ResultSeverity = Iri.Unchecked(Namespace + "resultSeverity");
    public static readonly Iri ResultMessage = Iri.Unchecked(Namespace + "resultMessage");

    /// <summary>The constraint component IRI for a parameter, for example sh:minCount → sh:MinCountConstraintComponent.</summary>
    public static Iri Component(Iri parameter)
    {
        string local = parameter.Value[Namespace.Length..];
        return Iri.Unchecked(Namespace + char.ToUpperInvariant(local[0]) + local[1..] + "ConstraintComponent");
    }
}
