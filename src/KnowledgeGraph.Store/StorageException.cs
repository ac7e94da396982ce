namespace KnowledgeGraph.Store;

/// <summary>
/// A storage failure: the store could not be opened, read or written (I/O error, full disk, read-only directory,
/// incompatible format). Writes that fail this way leave the store as it was before the failed change.
/// </summary>
public class StorageException : Exception
{
    public StorageException() : base("storage error") { }

    public StorageException(string message) : base(message) { }

    public StorageException(string message, Exception inner) : base(message, inner) { }
}
