namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>What <see cref="Neo4jCsvExporter"/> wrote.</summary>
/// <param name="NodeFiles">Node files (full paths), one per label combination.</param>
/// <param name="RelationshipFiles">Relationship files (full paths), one per type.</param>
/// <param name="ImportArguments">The arguments for <c>neo4j-admin database import full</c>, without the database name.</param>
/// <param name="Nodes">Node rows written.</param>
/// <param name="Relationships">Relationship rows written.</param>
public sealed record Neo4jCsvExport(
    IReadOnlyList<string> NodeFiles,
    IReadOnlyList<string> RelationshipFiles,
    IReadOnlyList<string> ImportArguments,
    long Nodes,
    long Relationships);
