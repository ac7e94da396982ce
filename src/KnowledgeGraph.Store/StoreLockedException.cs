namespace KnowledgeGraph.Store;

/// <summary>The store is open for writing elsewhere (another process, or another instance in this process).</summary>
public sealed class StoreLockedException : StorageException
{
    public StoreLockedException() : base("the store is in use") { }

    public StoreLockedException(string message) : base(message) { }

    public StoreLockedException(string message, Exception inner) : base(message, inner) { }
}
