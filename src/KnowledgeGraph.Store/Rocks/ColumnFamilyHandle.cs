namespace KnowledgeGraph.Store.Rocks;

/// <summary>A column family of an open <see cref="RocksDb"/>, which owns it and frees it when it closes.</summary>
internal sealed class ColumnFamilyHandle
{
    internal ColumnFamilyHandle(string name, nint handle)
    {
        Name = name;
        Handle = handle;
    }

    public string Name { get; }

    public nint Handle { get; }
}
