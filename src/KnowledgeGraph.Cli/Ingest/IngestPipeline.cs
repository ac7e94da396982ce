using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>
/// Streams articles into a store: one reader (hashes each article and skips unchanged ones) → N extract+map workers →
/// one writer that replaces each article's named graph and its catalog entry in one atomic change set per small
/// batch. Bounded channels keep memory flat; a failing article is recorded and the rest go on. Cancelling stops after
/// the change set in flight, so the store holds whole articles only and the next run picks up the rest.
/// </summary>
internal sealed class IngestPipeline(IArticleExtractor extractor, IArticleMapper mapper, IQuadStore store, IngestOptions options)
{
    private readonly List<IngestFailure> _failures = [];
    private readonly Stopwatch _clock = new();
    private long _read;
    private long _extracted;
    private long _written;
    private long _unchanged;
    private long _failed;
    private long _entities;
    private long _facts;
    private long _quads;

    public async Task<IngestSummary> RunAsync(
        IAsyncEnumerable<ArticleReadResult> source, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        _clock.Start();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var known = options.Force ? [] : IngestCatalog.Load(store, token);

        // A stage that fails cancels the others, so none stays blocked on a full or empty channel.
        Task Stage(Func<Task> body) => Task.Run(async () =>
        {
            try
            {
                await body().ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None);

        Task[] all;
        if (options.SingleThread)
        {
            all = [Stage(() => RunSequentialAsync(source, known, progress, token))];
        }
        else
        {
            var toExtract = Channel.CreateBounded<(Article Article, string Hash)>(
                new BoundedChannelOptions(options.Workers * 4) { SingleWriter = true });
            var toWrite = Channel.CreateBounded<Mapped>(
                new BoundedChannelOptions(options.BatchSize) { SingleReader = true });
            var reader = Stage(() => ReadAsync(source, known, toExtract.Writer, progress, token));
            var workers = Enumerable.Range(0, options.Workers)
                .Select(_ => Stage(() => WorkAsync(toExtract.Reader, toWrite.Writer, progress, token)))
                .ToArray();
            var workersDone = Task.WhenAll(workers).ContinueWith(
                _ => toWrite.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            var writer = Stage(() => WriteAsync(toWrite.Reader, progress, token));
            all = [reader, .. workers, workersDone, writer];
        }

        var cancelled = false;
        try
        {
            await Task.WhenAll(all).ConfigureAwait(false);
        }
        catch (Exception) when (FirstFault(all) is null && cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        catch (Exception) when (FirstFault(all) is { } fault)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        }

        _clock.Stop();
        var totals = Snapshot();
        progress?.Report(totals);
        lock (_failures)
        {
            return new IngestSummary(totals, [.. _failures], cancelled);
        }
    }

    private static Exception? FirstFault(Task[] tasks) => tasks
        .Where(t => t.IsFaulted)
        .SelectMany(t => t.Exception!.InnerExceptions)
        .FirstOrDefault(e => e is not OperationCanceledException);

    private IngestProgress Snapshot()
    {
        // Later stages first: an article is counted written only after it was counted extracted, so no report
        // shows more written than extracted.
        var written = Interlocked.Read(ref _written);
        var extracted = Interlocked.Read(ref _extracted);
        return new(
            Interlocked.Read(ref _read),
            extracted,
            written,
            Interlocked.Read(ref _unchanged),
            Interlocked.Read(ref _failed),
            Interlocked.Read(ref _entities),
            Interlocked.Read(ref _facts),
            Interlocked.Read(ref _quads),
            _clock.Elapsed);
    }

    private void Fail(string origin, string stage, string reason, IProgress<IngestProgress>? progress)
    {
        lock (_failures)
        {
            _failures.Add(new IngestFailure(origin, stage, reason));
        }

        Interlocked.Increment(ref _failed);
        progress?.Report(Snapshot());
    }

    private async Task ReadAsync(
        IAsyncEnumerable<ArticleReadResult> source,
        Dictionary<string, string> known,
        ChannelWriter<(Article, string)> output,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in ChangedArticles(source, known, progress, cancellationToken).ConfigureAwait(false))
            {
                await output.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            output.TryComplete();
        }
    }

    // The articles that need extracting: readable, not a repeated id, and not stored with the same content hash.
    private async IAsyncEnumerable<(Article Article, string Hash)> ChangedArticles(
        IAsyncEnumerable<ArticleReadResult> source,
        Dictionary<string, string> known,
        IProgress<IngestProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item.Article is not { } article)
            {
                Fail(item.Origin, "read", item.Error!, progress);
                continue;
            }

            Interlocked.Increment(ref _read);
            if (!seen.TryAdd(article.Id, item.Origin))
            {
                Fail(item.Origin, "read", $"duplicate article id \"{article.Id}\" (first read from {seen[article.Id]})", progress);
                continue;
            }

            var hash = IngestCatalog.Hash(article, extractor.Version, mapper.Version);
            if (known.TryGetValue(article.Id, out var stored) && stored == hash)
            {
                Interlocked.Increment(ref _unchanged);
                progress?.Report(Snapshot());
                continue;
            }

            yield return (article, hash);
        }
    }

    // The single-thread baseline: read, extract, map and write in turn on the calling thread, with the same batches.
    private async Task RunSequentialAsync(
        IAsyncEnumerable<ArticleReadResult> source,
        Dictionary<string, string> known,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var batch = new PendingBatch(options);
        await foreach (var (article, hash) in ChangedArticles(source, known, progress, cancellationToken).ConfigureAwait(false))
        {
            if (Process(article, hash, progress, cancellationToken) is { } mapped && batch.Add(mapped))
            {
                WriteBatch(batch, progress, cancellationToken);
            }
        }

        WriteBatch(batch, progress, cancellationToken);
    }

    private async Task WorkAsync(
        ChannelReader<(Article Article, string Hash)> input,
        ChannelWriter<Mapped> output,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        await foreach (var (article, hash) in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Process(article, hash, progress, cancellationToken) is { } mapped)
            {
                await output.WriteAsync(mapped, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Mapped? Process(Article article, string hash, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var result = extractor.Extract(article, cancellationToken);
            var graph = mapper.Map(result, cancellationToken);

            // The embedded store lets the workers encode each graph, so the single writer only writes; the quads
            // themselves are then dropped, as a batch waiting to be written holds only their encoding.
            var prepared = (store as QuadStore)?.PrepareGraph(graph.Graph, graph.Quads);
            Interlocked.Increment(ref _extracted);
            progress?.Report(Snapshot());
            return new Mapped(article, hash, graph.Graph, prepared is null ? graph.Quads : null, graph.Quads.Count,
                result.Entities.Count, result.Quotations.Count + result.Controls.Count + result.Roles.Count, prepared);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One article's extractor or mapper bug must not stop the batch; it is reported with its origin.
            Fail(article.Origin ?? article.Id, "extract", e.GetType().Name + ": " + e.Message, progress);
            return null;
        }
    }

    private async Task WriteAsync(ChannelReader<Mapped> input, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = new PendingBatch(options);
        await foreach (var item in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (batch.Add(item))
            {
                WriteBatch(batch, progress, cancellationToken);
            }
        }

        WriteBatch(batch, progress, cancellationToken);
    }

    private void WriteBatch(PendingBatch batch, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (batch.Items.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var changes = BuildChanges(batch.Items);
        var prepared = batch.Items.Select(i => i.Prepared).OfType<PreparedGraph>().ToList();
        if (store is QuadStore quadStore)
        {
            quadStore.ApplyCounted(changes, prepared, cancellationToken);
        }
        else
        {
            store.Apply(changes, cancellationToken);
        }
        foreach (var item in batch.Items)
        {
            Interlocked.Increment(ref _written);
            Interlocked.Add(ref _entities, item.Entities);
            Interlocked.Add(ref _facts, item.Facts);
            Interlocked.Add(ref _quads, item.QuadCount);
        }

        batch.Clear();
        progress?.Report(Snapshot());
    }

    // For each article: clear its graph (and a previous graph of the same id if the mapper named it differently),
    // replace its catalog entry, insert its quads (or leave the graph to its prepared replacement). One change set,
    // so graph and hash never disagree.
    private ChangeSet BuildChanges(List<Mapped> batch)
    {
        var changes = new ChangeSet();
        foreach (var item in batch)
        {
            var graph = item.Graph;
            if (item.Prepared is null)
            {
                changes.ClearedGraphs.Add(graph);
            }

            var entry = IngestCatalog.Entry(item.Article.Id);
            foreach (var old in store.Match(entry, null, null, IngestCatalog.Graph))
            {
                changes.Deletions.Add(old);
                if (old.Predicate.Equals(IngestCatalog.ArticleGraph) && !old.Obj.Equals(graph))
                {
                    changes.ClearedGraphs.Add(old.Obj);
                }
            }

            if (item.Quads is not null)
            {
                foreach (var quad in item.Quads)
                {
                    changes.Insertions.Add(quad.Graph.Equals(graph) ? quad : quad with { Graph = graph });
                }
            }

            changes.Insertions.AddRange(IngestCatalog.Record(item.Article.Id, item.Hash, graph));
        }

        return changes;
    }

    /// <summary>An article ready to write: its graph's content either encoded for the embedded store or as quads.</summary>
    private sealed record Mapped(
        Article Article, string Hash, Term Graph, IReadOnlyList<Quad>? Quads, int QuadCount, int Entities, int Facts, PreparedGraph? Prepared);

    /// <summary>Articles waiting to be written together; full at <see cref="IngestOptions.BatchSize"/> articles or <see cref="IngestOptions.BatchQuads"/> quads.</summary>
    private sealed class PendingBatch(IngestOptions options)
    {
        private long _quads;

        public List<Mapped> Items { get; } = [];

        /// <summary>Adds an article; true when the batch is full.</summary>
        public bool Add(Mapped item)
        {
            Items.Add(item);
            _quads += item.QuadCount;
            return Items.Count >= options.BatchSize || _quads >= options.BatchQuads;
        }

        public void Clear()
        {
            Items.Clear();
            _quads = 0;
        }
    }
}
