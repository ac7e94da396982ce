namespace KnowledgeGraph.Store.Rocks;

/// <summary>File system options for <see cref="SstFileWriter"/>.</summary>
internal sealed class EnvOptions : IDisposable
{
    private nint _handle = NativeMethods.rocksdb_envoptions_create();

    public nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(EnvOptions));

    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeMethods.rocksdb_envoptions_destroy(_handle);
            _handle = 0;
        }
    }
}
