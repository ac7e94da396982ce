using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

/// <summary>A store whose writes fail after a number of successful ones.</summary>
internal sealed class FailingStore(int successfulWrites) : IQuadStore
{
    private readonly InMemoryDataset _inner = new();
    private int _writes;

    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? obj, Term? graph, CancellationToken cancellationToken = default) =>
        _inner.Match(subject, predicate, obj, graph, cancellationToken);

    public IEnumerable<Term> NamedGraphs(CancellationToken cancellationToken = default) => _inner.NamedGraphs(cancellationToken);

    public IQuadSnapshot Snapshot() => _inner.Snapshot();

    public void Apply(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (++_writes > successfulWrites)
        {
            throw new IOException("disk full");
        }

        _inner.Apply(changes, cancellationToken);
    }
}
