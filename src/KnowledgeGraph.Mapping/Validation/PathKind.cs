namespace KnowledgeGraph.Mapping.Validation;

internal enum PathKind
{
    Predicate,
    Inverse,
    Sequence,
    Alternative,
    ZeroOrMore,
    OneOrMore,
    ZeroOrOne,
}
