namespace KnowledgeGraph.Sparql.Results;

/// <summary>The answer of an ASK query.</summary>
public sealed class BooleanResult(bool value) : QueryResult
{
    public bool Value { get; } = value;
}
