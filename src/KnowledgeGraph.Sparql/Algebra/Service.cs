namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>SERVICE (federated query). Parsed; the engine does not call remote endpoints.</summary>
public sealed record Service(PatternTerm Endpoint, GraphPattern Inner, bool Silent) : GraphPattern;
