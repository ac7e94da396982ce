namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// The column families to open a database with, each with its options (which the caller keeps and disposes).
/// The default family, unless added, is opened with default options.
/// </summary>
internal sealed class ColumnFamilies
{
    public const string DefaultName = "default";

    private readonly List<(string Name, ColumnFamilyOptions Options)> _families = [];

    public IReadOnlyList<(string Name, ColumnFamilyOptions Options)> Families => _families;

    public void Add(string name, ColumnFamilyOptions options) => _families.Add((name, options));
}
