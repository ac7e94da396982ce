namespace KnowledgeGraph.PropertyGraph;

/// <summary>A directed relationship of the projected property graph, between two node keys.</summary>
/// <param name="StartUri">The <see cref="PgNode.Uri"/> of the start node.</param>
/// <param name="Type">The relationship type (UPPER_SNAKE_CASE).</param>
/// <param name="EndUri">The <see cref="PgNode.Uri"/> of the end node.</param>
/// <param name="Graph">The named graph the triple came from, or null for the default graph.</param>
public sealed record PgRelationship(string StartUri, string Type, string EndUri, string? Graph);
