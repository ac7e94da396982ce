using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// Loads large amounts of RDF into a <see cref="QuadStore"/> in batches: each batch of
/// <see cref="BulkLoadOptions.BatchSize"/> quads is one atomic write batch, so an interrupted load leaves a prefix
/// of whole batches. Adding a quad that is already present is a no-op, so running the same load again after an
/// interruption completes it. Reading runs on a second thread and encoding on the thread pool, ahead of writing.
/// </summary>
public sealed class BulkLoader
{
    private readonly Task<QuadStore> _store;
    private readonly BulkLoadOptions _options;

    public BulkLoader(QuadStore store, BulkLoadOptions? options = null)
        : this(Task.FromResult(store ?? throw new ArgumentNullException(nameof(store))), options)
    {
    }

    /// <summary>
    /// For a store that is still being opened: <see cref="LoadFilesAsync"/> starts reading the first file at once,
    /// and the RocksDB start-up (about half a second) overlaps with parsing.
    /// </summary>
    public BulkLoader(Task<QuadStore> opening, BulkLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(opening);
        _store = opening;
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
        var encoders = new ChunkEncoders();
        var clock = Stopwatch.StartNew();
        return Run(
            _store.GetAwaiter().GetResult(),
            clock,
            run =>
            {
                using var reader = ChunkReader.ForQuads(sourceName, quads, encoders, _options.TargetGraph, cancellationToken);
                run.Add(reader, cancellationToken);
            },
            progress);
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
        var encoders = new ChunkEncoders();

        // The load's time counts from here: reading starts while the store may still be opening.
        var clock = Stopwatch.StartNew();

        // The load runs on a thread of its own: it blocks on encodings and writes from start to end.
        return Task.Factory.StartNew(
            () =>
            {
                // The first file is read while the store may still be opening.
                var first = files.Count > 0 ? ChunkReader.ForFile(files[0], _options, encoders, cancellationToken) : null;
                QuadStore store;
                try
                {
                    store = _store.GetAwaiter().GetResult();
                }
                catch
                {
                    first?.Dispose();
                    throw;
                }

                try
                {
                    return Run(
                        store,
                        clock,
                        run =>
                        {
                            for (int i = 0; i < files.Count && !run.Stopped; i++)
                            {
                                using var reader = i == 0 ? first! : ChunkReader.ForFile(files[i], _options, encoders, cancellationToken);
                                run.Add(reader, cancellationToken);
                            }
                        },
                        progress);
                }
                finally
                {
                    first?.Dispose();
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    // A load holds the store's write lock from start to end, so its batches are never interleaved with other writes.
    private LoadReport Run(QuadStore store, Stopwatch clock, Action<LoadRun> body, IProgress<LoadProgress>? progress)
    {
        store.ThrowIfReadOnly();
        lock (store.WriteLock)
        {
            var run = new LoadRun(store, _options, clock, progress);
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
    internal sealed class LoadRun(QuadStore store, BulkLoadOptions options, Stopwatch clock, IProgress<LoadProgress>? progress)
    {
        private readonly Stopwatch _clock = clock;
        private readonly List<LoadError> _errors = [];
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

        /// <summary>Records a bad statement or source; in strict mode it stops the load.</summary>
        public void Error(LoadError error)
        {
            _errors.Add(error);

            if (!options.Lenient)
            {
                _stopped = true;
            }
        }

        public void Add(ChunkReader reader, CancellationToken cancellationToken)
        {
            if (reader.OpenError is { } openError)
            {
                Error(openError);
                return;
            }

            try
            {
                foreach (var encoding in reader.Chunks(cancellationToken))
                {
                    var chunk = encoding.GetAwaiter().GetResult();
                    _batch ??= store.BeginTransaction(_writing?.Transaction, _loaded, options.BatchSize);
                    foreach (var (id, value) in chunk.NewTerms)
                    {
                        _batch.AddTerm(id, value);
                    }

                    for (int i = 0; i < chunk.Count; i++)
                    {
                        _batch ??= store.BeginTransaction(_writing?.Transaction, _loaded, options.BatchSize);
                        _batch.Insert(chunk.Quads[i], chunk.Fingerprints[i]);
                        if (++_batchCount >= options.BatchSize)
                        {
                            Commit(reader.Source);
                        }
                    }

                    // The batch holds copies of the quads.
                    chunk.Release();
                }
            }
            catch
            {
                _stopped = true;
                reader.Stop();
                throw;
            }

            foreach (var skipped in reader.Skipped)
            {
                Error(skipped);
            }

            switch (reader.Failure)
            {
                case null:
                    break;
                case RdfSyntaxException syntax:
                    Error(new LoadError(syntax.SourceName, syntax.Line, syntax.Column, syntax.Reason));
                    _stopped = true;
                    break;
                case IOException io:
                    Error(new LoadError(reader.Source, 0, 0, "reading failed: " + io.Message));
                    break;
                default:
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(reader.Failure);
                    break;
            }

            if (_batch is not null)
            {
                Commit(reader.Source);
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

            // Its own thread, like the reader's: queued on the pool behind the chunk encodings, a batch's write
            // started late and the next batch waited for it.
            _writing = new PendingWrite(tx, count, source, Task.Factory.StartNew(tx.Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
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

        private sealed record PendingWrite(WriteTransaction Transaction, int Count, string Source, Task Task);
    }
}
