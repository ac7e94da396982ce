namespace KnowledgeGraph.Mapping.Iris;

/// <summary>
/// The global key of an entity: <see cref="Path"/> is the IRI path under <c>entity/</c> (<c>wd/Q227</c>,
/// <c>person/hikmet-hajiyev</c>); <see cref="Token"/> is the same as one path segment (<c>wd-Q227</c>) for use
/// inside fact IRIs.
/// </summary>
internal readonly record struct EntityKey(string Path)
{
    public string Token => Path.Replace('/', '-');
}
