namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern in an update template; <see cref="Graph"/> is null for the default graph.</summary>
public sealed record QuadPattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object, PatternTerm? Graph);
