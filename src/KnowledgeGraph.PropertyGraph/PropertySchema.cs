namespace KnowledgeGraph.PropertyGraph;

/// <summary>The type of a property key across the whole projected graph.</summary>
public readonly record struct PropertySchema(PropertyType Type, bool IsArray);
