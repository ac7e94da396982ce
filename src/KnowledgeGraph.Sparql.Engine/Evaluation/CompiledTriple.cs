using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Engine.Evaluation;

/// <summary>A triple pattern with variables resolved to slots (-1 for a constant position).</summary>
internal sealed record CompiledTriple(int S, Term? SConst, int P, Term? PConst, int O, Term? OConst);
