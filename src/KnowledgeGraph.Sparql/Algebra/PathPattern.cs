namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path pattern that is not a simple triple (section 18.2.2.4).</summary>
public sealed record PathPattern(PatternTerm Subject, PropertyPath Path, PatternTerm Object) : GraphPattern;
