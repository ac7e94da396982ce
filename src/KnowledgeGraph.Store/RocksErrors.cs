using KnowledgeGraph.Store.Rocks;

namespace KnowledgeGraph.Store;

/// <summary>Maps RocksDB's error strings to the store's exception types with messages that name the store.</summary>
internal static class RocksErrors
{
    public static StorageException Translate(Exception error, string directory, string action)
    {
        string message = error.Message;
        if (message.Contains("LOCK", StringComparison.Ordinal) || message.Contains("lock hold", StringComparison.OrdinalIgnoreCase))
        {
            return message.Contains("current process", StringComparison.OrdinalIgnoreCase)
                ? new StoreLockedException($"store at {directory} is already open in this process", error)
                : new StoreLockedException($"store at {directory} is in use by another process", error);
        }

        if (message.StartsWith("Corruption", StringComparison.OrdinalIgnoreCase)
            || message.Contains("checksum mismatch", StringComparison.OrdinalIgnoreCase)
            || message.Contains("truncated", StringComparison.OrdinalIgnoreCase)
            || message.Contains("No such file", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreCorruptedException($"store at {directory} is corrupted ({action} failed): {message}", error);
        }

        return new StorageException($"store at {directory}: {action} failed: {message}", error);
    }

    /// <summary>Throws when an iterator stopped because of an error rather than at the end of its range.</summary>
    public static void CheckIterator(Iterator iterator, string directory)
    {
        try
        {
            iterator.CheckError();
        }
        catch (RocksDbException e)
        {
            throw Translate(e, directory, "read");
        }
    }
}
