namespace KnowledgeGraph.Store;

/// <summary>The store's files are damaged (checksum mismatch, truncated or missing files, undecodable keys).</summary>
public sealed class StoreCorruptedException : StorageException
{
    public StoreCorruptedException() : base("the store is corrupted") { }

    public StoreCorruptedException(string message) : base(message) { }

    public StoreCorruptedException(string message, Exception inner) : base(message, inner) { }
}
