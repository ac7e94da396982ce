namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// SERVICE (federated query). <see cref="QueryText"/> is the query sent to the endpoint: the prologue and
/// <c>SELECT * WHERE { ... }</c> with the block as written (null when the algebra was built without query text).
/// </summary>
public sealed record Service(PatternTerm Endpoint, GraphPattern Inner, bool Silent, string? QueryText = null) : GraphPattern;
