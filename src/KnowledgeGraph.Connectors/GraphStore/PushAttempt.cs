using System.Diagnostics;
using KnowledgeGraph.Connectors.Http;

namespace KnowledgeGraph.Connectors.GraphStore;

/// <summary>
/// The requests of one attempt at a graph: the PUT must succeed before any POST goes, and the first failure stops
/// the chunks that follow. Updated from several requests at once.
/// </summary>
internal sealed class PushAttempt(int number)
{
    private readonly TaskCompletionSource<bool> _put = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _firstRequest;
    private long _lastAnswer;
    private long _sent;
    private long _bytes;
    private int _requests;
    private SparqlProtocolException? _failure;

    public int Number { get; } = number;

    public long Sent => Interlocked.Read(ref _sent);

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Requests => Volatile.Read(ref _requests);

    public SparqlProtocolException? Failure => Volatile.Read(ref _failure);

    /// <summary>From the first request to the last answer.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            long first = Interlocked.Read(ref _firstRequest);
            return first == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(first, Math.Max(first, Interlocked.Read(ref _lastAnswer)));
        }
    }

    /// <summary>True once the PUT succeeded, false when it failed or was not sent.</summary>
    public Task<bool> PutDone => _put.Task;

    public void Starting() => Interlocked.CompareExchange(ref _firstRequest, Stopwatch.GetTimestamp(), 0);

    /// <summary>Records an acknowledged request; returns the triples acknowledged so far.</summary>
    public long Acknowledge(int requests, long triples, long bytes)
    {
        Interlocked.Exchange(ref _lastAnswer, Stopwatch.GetTimestamp());
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Add(ref _requests, requests);
        return Interlocked.Add(ref _sent, triples);
    }

    /// <summary>Records the first failure; later chunks of this attempt are not sent.</summary>
    public void Fail(SparqlProtocolException failure)
    {
        Interlocked.Exchange(ref _lastAnswer, Stopwatch.GetTimestamp());
        Interlocked.CompareExchange(ref _failure, failure, null);
    }

    /// <summary>Settles the PUT (only its first call counts), releasing or stopping the POSTs that wait for it.</summary>
    public void PutSettled(bool succeeded) => _put.TrySetResult(succeeded);
}
