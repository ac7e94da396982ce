namespace KnowledgeGraph.Rdf;

/// <summary>A writable quad store: consistent snapshots for readers and atomic change sets for the (single) writer.</summary>
public interface IQuadStore : IQuadSource
{
    /// <summary>A read view that does not change while the store is written.</summary>
    IQuadSnapshot Snapshot();

    /// <summary>Applies the change set atomically: either every change is visible afterwards or none is.</summary>
    void Apply(ChangeSet changes, CancellationToken cancellationToken = default);
}
