namespace KnowledgeGraph.Store.Rocks;

/// <summary>File system options for <see cref="SstFileWriter"/>.</summary>
internal sealed class EnvOptions() : NativeObject(NativeMethods.rocksdb_envoptions_create())
{
    protected override void Destroy(nint handle) => NativeMethods.rocksdb_envoptions_destroy(handle);
}
