using System.Runtime.InteropServices;

namespace KnowledgeGraph.Store.Rocks;

/// <summary>An error RocksDB reported through a <c>char** errptr</c>; the message is RocksDB's text as it gave it.</summary>
internal sealed class RocksDbException : Exception
{
    public RocksDbException() : base("RocksDB error") { }

    public RocksDbException(string message) : base(message) { }

    public RocksDbException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Throws when <paramref name="error"/> is set, taking over (and freeing) RocksDB's message.</summary>
    public static void ThrowIf(nint error)
    {
        if (error != 0)
        {
            throw Take(error);
        }
    }

    /// <summary>Copies the message RocksDB allocated and frees it.</summary>
    public static unsafe RocksDbException Take(nint error)
    {
        string message = Marshal.PtrToStringUTF8(error) ?? "";
        NativeMethods.rocksdb_free((void*)error);
        return new RocksDbException(message);
    }
}
