using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Expressions;

/// <summary>An expression compiled to a delegate: evaluates over a solution and the active graphs; null is an error.</summary>
internal delegate Term? CompiledExpression(Term?[] row, Term[] graphs);
