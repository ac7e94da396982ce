using System.Collections;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>The triples of a CONSTRUCT or DESCRIBE query, lazily and without duplicates.</summary>
public sealed class GraphResult : QueryResult, IEnumerable<Triple>
{
    private IEnumerable<Triple>? _triples;
    private readonly bool _replayable;
    private readonly IDisposable? _owner;

    public GraphResult(IEnumerable<Triple> triples, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(triples);
        _triples = triples;
        _replayable = triples is IReadOnlyCollection<Triple>;
        _owner = owner;
    }

    public IEnumerator<Triple> GetEnumerator()
    {
        var t = _triples ?? throw new InvalidOperationException("The triples of this result were already read.");
        if (!_replayable)
        {
            _triples = null;
        }

        return t.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    protected override void Dispose(bool disposing)
    {
        _triples = null;
        _owner?.Dispose();
    }
}
