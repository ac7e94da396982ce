namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern of a basic graph pattern or a CONSTRUCT template.</summary>
public sealed record TriplePattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object)
{
    public override string ToString() => $"{Subject} {Predicate} {Object}";
}
