namespace KnowledgeGraph.PropertyGraph;

/// <summary>A node of the projected property graph.</summary>
/// <param name="Uri">The key: the IRI, or <c>bnode://label</c> for a blank node (as neosemantics writes it).</param>
/// <param name="Labels">Labels in ordinal order; always includes <c>Resource</c>.</param>
/// <param name="Properties">Properties by key, in ordinal key order; <c>uri</c> itself is not repeated here.</param>
public sealed record PgNode(string Uri, IReadOnlyList<string> Labels, IReadOnlyList<KeyValuePair<string, PropertyValue>> Properties);
