using System.Collections;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>The solutions of a SELECT query: a lazy sequence that can be enumerated once (or, when created from a list, many times).</summary>
public sealed class SolutionsResult : QueryResult, IEnumerable<Solution>
{
    private IEnumerable<Solution>? _solutions;
    private readonly bool _replayable;
    private readonly IDisposable? _owner;

    public SolutionsResult(IReadOnlyList<string> variables, IEnumerable<Solution> solutions, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        Variables = variables;
        _solutions = solutions;
        _replayable = solutions is IReadOnlyCollection<Solution>;
        _owner = owner;
    }

    /// <summary>The variables of the result, in projection order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Enumerates the solutions; throws <see cref="InvalidOperationException"/> on a second enumeration of a lazy result.</summary>
    public IEnumerator<Solution> GetEnumerator()
    {
        var s = _solutions ?? throw new InvalidOperationException("The solutions of this result were already read.");
        if (!_replayable)
        {
            _solutions = null;
        }

        return s.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads all solutions into a replayable result.</summary>
    public SolutionsResult Materialize() => _replayable ? this : new SolutionsResult(Variables, this.ToList());

    protected override void Dispose(bool disposing)
    {
        _solutions = null;
        _owner?.Dispose();
    }
}
