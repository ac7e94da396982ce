namespace KnowledgeGraph.Store.Rocks;

/// <summary>
/// An object RocksDB allocated, freed exactly once, by <see cref="Dispose"/>. There is no finalizer: owners dispose
/// in the order RocksDB needs (iterators and snapshots before their database), which a finalizer could not keep.
/// </summary>
internal abstract class NativeObject(nint handle) : IDisposable
{
    private nint _handle = handle;

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(GetType().Name);

    public void Dispose()
    {
        if (_handle != 0)
        {
            Destroy(_handle);
            _handle = 0;
        }
    }

    /// <summary>Frees the native object with the C API's matching destroy function.</summary>
    protected abstract void Destroy(nint handle);
}
