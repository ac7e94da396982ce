using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// Loads large amounts of RDF into a <see cref="QuadStore"/> in batches: each batch of
/// <see cref="BulkLoadOptions.BatchSize"/> quads is one atomic write batch, so an interrupted load leaves a prefix
/// of whole batches. Adding a quad that is already present is a no-op, so running the same load again after an
/// interruption completes it. Reading runs on a second thread, ahead of encoding and writing.
/// </summary>
public sealed class BulkLoader
{
    // Small enough that a chunk's encoded arrays stay off the large object heap.
    private const int ChunkSize = 1024;
    private readonly QuadStore _store;
    private readonly BulkLoadOptions _options;

    public BulkLoader(QuadStore store, BulkLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? BulkLoadOptions.Default;
        if (_options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        }
    }

    /// <summary>
    /// Loads quads from a sequence (for example a reader's output). A <see cref="RdfSyntaxException"/> thrown by the
    /// sequence stops the load after committing the quads read before it, and is reported in the result.
    /// </summary>
    public LoadReport Load(IEnumerable<Quad> quads, string sourceName = "<quads>", IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        return Run(run => run.Add(sourceName, quads, cancellationToken), progress);
    }

    /// <summary>
    /// Loads RDF files (N-Triples, N-Quads, Turtle, TriG; the format comes from <see cref="BulkLoadOptions.Format"/>
    /// or the extension). Blank node labels are scoped to their file, deterministically, so that running the same
    /// load again adds nothing. In lenient mode bad statements are reported and skipped; otherwise the first one
    /// stops the load (the batches before it stay committed).
    /// </summary>
    public Task<LoadReport> LoadFilesAsync(IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.ToList();
        return Task.Run(
            () => Run(
                run =>
                {
                    foreach (var path in files)
                    {
                        if (run.Stopped)
                        {
                            break;
                        }

                        LoadFile(run, path, cancellationToken);
                    }
                },
                progress),
            cancellationToken);
    }

    private void LoadFile(LoadRun run, string path, CancellationToken cancellationToken)
    {
        RdfFormat format;
        if (_options.Format is { } explicitFormat)
        {
            format = explicitFormat;
        }
        else if (!TryGuessFormat(path, out format))
        {
            run.Error(new LoadError(path, 0, 0, "unknown RDF format (use .nt, .nq, .ttl or .trig, or name the format)"));
            return;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Error(new LoadError(path, 0, 0, "cannot read the file: " + e.Message));
            return;
        }

        using (stream)
        {
            string full = Path.GetFullPath(path);
            var readerOptions = new RdfReaderOptions
            {
                SourceName = path,
                BaseIri = _options.BaseIri ?? new Uri(full).AbsoluteUri,
                Lenient = _options.Lenient,
                OnError = e => run.Error(new LoadError(e.SourceName, e.Line, e.Column, e.Reason)),
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
            run.Add(path, reader.Read(stream, cancellationToken).Select(scope.Rename), cancellationToken);
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

    // A load holds the store's write lock from start to end, so its batches are never interleaved with other writes.
    private LoadReport Run(Action<LoadRun> body, IProgress<LoadProgress>? progress)
    {
        _store.ThrowIfReadOnly();
        lock (_store.WriteLock)
        {
            var run = new LoadRun(_store, _options, progress);
            try
            {
                body(run);
            }
            catch
            {
                run.Abandon();
                throw;
            }

            return run.Finish();
        }
    }

    /// <summary>State of one load across its sources.</summary>
    internal sealed class LoadRun(QuadStore store, BulkLoadOptions options, IProgress<LoadProgress>? progress)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<LoadError> _errors = [];
        private readonly ConcurrentBag<ChunkEncoder> _encoders = [];
        private readonly LoadedQuads _loaded = new(store.Count == 0);
        private long _read;
        private long _added;
        private long _batches;
        private bool _stopped;
        private PendingWrite? _writing;
        private WriteTransaction? _batch;
        private int _batchCount;

        public IList<LoadError> Errors => _errors;

        public bool Stopped => _stopped;

        /// <summary>Records a bad statement (from the reading thread too); in strict mode it stops the load.</summary>
        public void Error(LoadError error)
        {
            lock (_errors)
            {
                _errors.Add(error);
            }

            if (!options.Lenient)
            {
                _stopped = true;
            }
        }

        public void Add(string source, IEnumerable<Quad> quads, CancellationToken cancellationToken)
        {
            if (_stopped)
            {
                return;
            }

            // Chunks are encoded on the thread pool as they are read, and consumed in input order.
            using var chunks = new BlockingCollection<Task<EncodedChunk>>(boundedCapacity: 16);
            using var readerStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var readerToken = readerStop.Token;
            Exception? readerError = null;
            var reader = Task.Run(
                () =>
                {
                    var chunk = new List<Quad>(ChunkSize);
                    try
                    {
                        foreach (var q in quads)
                        {
                            chunk.Add(q);
                            if (chunk.Count == ChunkSize)
                            {
                                chunks.Add(StartEncoding(chunk.ToArray()), readerToken);
                                chunk.Clear();
                            }

                            if (_stopped)
                            {
                                break;
                            }
                        }

                    }
                    catch (Exception e)
                    {
                        readerError = e;
                    }

                    try
                    {
                        // The quads read before an error are good; they are committed too.
                        if (chunk.Count > 0 && readerError is not OperationCanceledException)
                        {
                            chunks.Add(StartEncoding(chunk.ToArray()), readerToken);
                        }
                    }
                    catch (OperationCanceledException e)
                    {
                        readerError ??= e;
                    }
                    finally
                    {
                        chunks.CompleteAdding();
                    }
                },
                CancellationToken.None);

            try
            {
                foreach (var encoding in chunks.GetConsumingEnumerable(cancellationToken))
                {
                    var chunk = encoding.GetAwaiter().GetResult();
                    _batch ??= store.BeginTransaction(_writing?.Transaction, _loaded, options.BatchSize);
                    foreach (var (id, value) in chunk.NewTerms)
                    {
                        _batch.AddTerm(id, value);
                    }

                    for (int i = 0; i < chunk.Quads.Length; i++)
                    {
                        _batch ??= store.BeginTransaction(_writing?.Transaction, _loaded, options.BatchSize);
                        _batch.Insert(chunk.Quads[i], chunk.Fingerprints[i]);
                        if (++_batchCount >= options.BatchSize)
                        {
                            Commit(source);
                        }
                    }
                }
            }
            catch
            {
                _stopped = true;
                readerStop.Cancel();
                reader.Wait(CancellationToken.None);
                throw;
            }

            reader.Wait(CancellationToken.None);
            if (readerError is RdfSyntaxException syntax)
            {
                Error(new LoadError(syntax.SourceName, syntax.Line, syntax.Column, syntax.Reason));
                _stopped = true;
            }
            else if (readerError is OperationCanceledException)
            {
                throw readerError;
            }
            else if (readerError is IOException io)
            {
                Error(new LoadError(source, 0, 0, "reading failed: " + io.Message));
            }
            else if (readerError is not null)
            {
                throw readerError;
            }

            if (_batch is not null)
            {
                Commit(source);
            }
        }

        public LoadReport Finish()
        {
            CompleteWrite();
            _clock.Stop();
            long duplicates = _read - _added;
            return new LoadReport(_read, _added, duplicates, _batches, _errors.ToArray(), _clock.Elapsed, !_stopped);
        }

        // Hands the batch being built to the writer task once the previous one is written.
        private void Commit(string source)
        {
            var tx = _batch!;
            int count = _batchCount;
            _batch = null;
            _batchCount = 0;
            try
            {
                CompleteWrite();
                tx.PrepareCounters();
            }
            catch
            {
                tx.Dispose();
                throw;
            }

            _writing = new PendingWrite(tx, count, source, Task.Run(tx.Write, CancellationToken.None));
        }

        /// <summary>After a failure: lets the batch being written finish (it is complete and atomic) without rethrowing.</summary>
        public void Abandon()
        {
            _batch?.Dispose();
            _batch = null;
            try
            {
                CompleteWrite();
            }
            catch (StorageException)
            {
                // The first failure is the one the caller sees.
            }
        }

        /// <summary>Waits for the batch being written, then counts and reports it.</summary>
        public void CompleteWrite()
        {
            if (_writing is not { } writing)
            {
                return;
            }

            _writing = null;
            try
            {
                writing.Task.GetAwaiter().GetResult();
                writing.Transaction.Publish();
            }
            finally
            {
                writing.Transaction.Dispose();
            }

            _read += writing.Count;
            _added += writing.Transaction.Added;
            _batches++;
            progress?.Report(new LoadProgress(writing.Source, _read, _added, _batches, _clock.Elapsed));
        }

        // Parsed quads become garbage as soon as their chunk is encoded, so they never outlive the youngest GC generation.
        private Task<EncodedChunk> StartEncoding(Quad[] quads) => Task.Run(
            () =>
            {
                if (!_encoders.TryTake(out var encoder))
                {
                    encoder = new ChunkEncoder();
                }

                try
                {
                    return encoder.Encode(quads, options.TargetGraph);
                }
                finally
                {
                    _encoders.Add(encoder);
                }
            },
            CancellationToken.None);

        private sealed record PendingWrite(WriteTransaction Transaction, int Count, string Source, Task Task);
    }
}
