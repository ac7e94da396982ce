using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Store;

/// <summary>
/// One source of a bulk load, read on its own thread and encoded in chunks on the thread pool, ahead of the writer;
/// <see cref="Chunks"/> yields them in input order. A reader can start before the store is open (opening RocksDB
/// takes a while), so it keeps what goes wrong for the load to report: a source that cannot be read at all
/// (<see cref="OpenError"/>), bad statements skipped in lenient mode, and what stopped the reading.
/// </summary>
internal sealed class ChunkReader : IDisposable
{
    // Small enough that a chunk's encoded arrays stay off the large object heap.
    public const int ChunkSize = 1024;

    // How far reading may run ahead of writing: a quarter of a million quads, about 25 MB.
    private const int ChunksAhead = 256;

    private readonly BlockingCollection<Task<EncodedChunk>> _chunks = new(ChunksAhead);
    private readonly CancellationTokenSource _stop;
    private readonly ConcurrentQueue<LoadError> _skipped = new();
    private readonly Task? _reading;
    private readonly IDisposable? _input;
    private bool _disposed;

    private ChunkReader(string source, LoadError openError)
    {
        Source = source;
        OpenError = openError;
        _stop = new CancellationTokenSource();
        _chunks.CompleteAdding();
    }

    private ChunkReader(string source, Func<ChunkReader, IEnumerable<Quad>> quads, ChunkEncoders encoders, Term? targetGraph, IDisposable? input, CancellationToken cancellationToken)
    {
        Source = source;
        _input = input;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        // A thread of its own: the reader blocks whenever the chunk queue is full, and on a pool thread that left the
        // encodings and the writer waiting for the pool to grow (it adds a thread about every half second).
        _reading = Task.Factory.StartNew(
            () => Read(quads(this), encoders, targetGraph, token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public string Source { get; }

    /// <summary>Why the source could not be read at all (then it yields no chunks).</summary>
    public LoadError? OpenError { get; }

    /// <summary>What stopped the reading before the end of the source (a syntax error in strict mode, an I/O error).</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Bad statements skipped in lenient mode, in input order.</summary>
    public IEnumerable<LoadError> Skipped => _skipped;

    /// <summary>Encoded chunks in input order; blocks while the next one is being read or encoded.</summary>
    public IEnumerable<Task<EncodedChunk>> Chunks(CancellationToken cancellationToken) => _chunks.GetConsumingEnumerable(cancellationToken);

    /// <summary>Reads a sequence of quads (for example a reader's output).</summary>
    public static ChunkReader ForQuads(string source, IEnumerable<Quad> quads, ChunkEncoders encoders, Term? targetGraph, CancellationToken cancellationToken) =>
        new(source, _ => quads, encoders, targetGraph, null, cancellationToken);

    /// <summary>
    /// Reads an RDF file (the format from <paramref name="options"/> or the extension). Blank node labels are scoped
    /// to the file, deterministically, so that loading it again adds nothing.
    /// </summary>
    public static ChunkReader ForFile(string path, BulkLoadOptions options, ChunkEncoders encoders, CancellationToken cancellationToken)
    {
        RdfFormat format;
        if (options.Format is { } explicitFormat)
        {
            format = explicitFormat;
        }
        else if (!TryGuessFormat(path, out format))
        {
            return new ChunkReader(path, new LoadError(path, 0, 0, "unknown RDF format (use .nt, .nq, .ttl or .trig, or name the format)"));
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ChunkReader(path, new LoadError(path, 0, 0, "cannot read the file: " + e.Message));
        }

        string full = Path.GetFullPath(path);
        IEnumerable<Quad> Quads(ChunkReader owner)
        {
            var readerOptions = new RdfReaderOptions
            {
                SourceName = path,
                BaseIri = options.BaseIri ?? new Uri(full).AbsoluteUri,
                Lenient = options.Lenient,
                OnError = e => owner._skipped.Enqueue(new LoadError(e.SourceName, e.Line, e.Column, e.Reason)),
                BlankNodeScope = BlankNodeScope.Preserve,
            };
            IRdfReader reader = format switch
            {
                RdfFormat.NTriples => new NTriplesReader(readerOptions),
                RdfFormat.NQuads => new NQuadsReader(readerOptions),
                RdfFormat.Turtle => new TurtleReader(readerOptions),
                RdfFormat.TriG => new TriGReader(readerOptions),
                _ => throw new NotSupportedException($"Loading {format} is not supported."),
            };
            var scope = new FileBlankNodes(full);
            return reader.Read(stream, owner._stop.Token).Select(scope.Rename);
        }

        return new ChunkReader(path, Quads, encoders, options.TargetGraph, stream, cancellationToken);
    }

    /// <summary>Stops reading (when the load gives up on the source) and waits for the reading thread.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _reading?.Wait(CancellationToken.None);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Stop();
        _input?.Dispose();
        _stop.Dispose();
        _chunks.Dispose();
    }

    private void Read(IEnumerable<Quad> quads, ChunkEncoders encoders, Term? targetGraph, CancellationToken token)
    {
        var chunk = new List<Quad>(ChunkSize);
        try
        {
            foreach (var q in quads)
            {
                chunk.Add(q);
                if (chunk.Count == ChunkSize)
                {
                    _chunks.Add(encoders.EncodeAsync(chunk.ToArray(), targetGraph), token);
                    chunk.Clear();
                }
            }
        }
        catch (Exception e)
        {
            Failure = e;
        }

        try
        {
            // The quads read before an error are good; they are loaded too.
            if (chunk.Count > 0 && Failure is not OperationCanceledException)
            {
                _chunks.Add(encoders.EncodeAsync(chunk.ToArray(), targetGraph), token);
            }
        }
        catch (OperationCanceledException e)
        {
            Failure ??= e;
        }
        finally
        {
            _chunks.CompleteAdding();
        }
    }

    private static bool TryGuessFormat(string path, out RdfFormat format)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".nt":
                format = RdfFormat.NTriples;
                return true;
            case ".nq":
                format = RdfFormat.NQuads;
                return true;
            case ".ttl":
                format = RdfFormat.Turtle;
                return true;
            case ".trig":
                format = RdfFormat.TriG;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
