namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>Options of <see cref="Neo4jCsvExporter"/>.</summary>
public sealed record Neo4jCsvOptions
{
    public static Neo4jCsvOptions Default { get; } = new();

    /// <summary>
    /// Separates array items and labels. The default U+001F (unit separator) does not occur in ordinary text,
    /// unlike neo4j-admin's default <c>;</c>; pass the same value as <c>--array-delimiter=U+001F</c>.
    /// </summary>
    public char ArrayDelimiter { get; init; } = '\u001F';
}
