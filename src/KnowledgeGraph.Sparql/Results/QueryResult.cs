namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// The answer to a query: <see cref="SolutionsResult"/> (SELECT), <see cref="BooleanResult"/> (ASK) or
/// <see cref="GraphResult"/> (CONSTRUCT, DESCRIBE). Solutions and graphs stream lazily; dispose the result to stop
/// evaluation and release the snapshot it reads.
/// </summary>
public abstract class QueryResult : IDisposable
{
    private protected QueryResult()
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
