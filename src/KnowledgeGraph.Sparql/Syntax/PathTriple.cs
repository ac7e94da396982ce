using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A triple produced while parsing: the predicate is a term/variable, or a path when <see cref="Path"/> is set.</summary>
internal readonly record struct PathTriple(PatternTerm Subject, PatternTerm Predicate, PropertyPath? Path, PatternTerm Object);
