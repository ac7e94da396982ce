using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Extraction.Articles;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

public sealed class IngestPipelineTests
{
    private static Article Story(string id, string text) => new() { Id = id, Text = text, Origin = id + ".txt" };

    private static async IAsyncEnumerable<ArticleReadResult> Source(IEnumerable<ArticleReadResult> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static List<ArticleReadResult> Stories(int count, Func<int, string>? text = null) =>
        [.. Enumerable.Range(0, count).Select(i => ArticleReadResult.Success(Story("a" + i, text?.Invoke(i) ?? $"Story {i} about Alice and Bob.")))];

    private static Task<IngestSummary> RunAsync(
        IQuadStore store, IEnumerable<ArticleReadResult> items, FakeExtractor? extractor = null, int workers = 2,
        CancellationToken cancellationToken = default, bool singleThread = false) =>
        new IngestPipeline(
                extractor ?? new FakeExtractor(), new FakeMapper(), store,
                new IngestOptions { Workers = workers, BatchSize = 4, SingleThread = singleThread })
            .RunAsync(Source(items), null, cancellationToken);

    private static List<string> Dump(IQuadSource store) => [.. store.AllQuads().Select(q => q.ToString()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Every_article_gets_its_graph_and_a_catalog_entry()
    {
        var store = new InMemoryDataset();

        var summary = await RunAsync(store, Stories(10));

        Assert.Equal(10, summary.Totals.Written);
        Assert.Empty(summary.Failures);
        Assert.Equal(30, summary.Totals.Entities);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(4, store.Match(null, null, null, FakeMapper.GraphOf("a" + i)).Count());
        }

        Assert.Equal(10, IngestCatalog.Load(store, default).Count);
    }

    [Fact]
    public async Task Running_again_skips_unchanged_articles_and_changes_nothing()
    {
        var store = new InMemoryDataset();
        await RunAsync(store, Stories(10));
        var before = Dump(store);
        var extractor = new FakeExtractor();

        var summary = await RunAsync(store, Stories(10), extractor);

        Assert.Equal(10, summary.Totals.Unchanged);
        Assert.Equal(0, summary.Totals.Written);
        Assert.Equal(0, extractor.Calls);
        Assert.Equal(before, Dump(store));
    }

    [Fact]
    public async Task A_changed_article_replaces_its_graph_and_a_new_extractor_version_redoes_all()
    {
        var store = new InMemoryDataset();
        await RunAsync(store, Stories(3));

        var changed = await RunAsync(store, Stories(3, i => i == 1 ? "Rewritten by Carol." : $"Story {i} about Alice and Bob."));
        var upgraded = await RunAsync(store, Stories(3, i => i == 1 ? "Rewritten by Carol." : $"Story {i} about Alice and Bob."),
            new FakeExtractor("fake-2"));

        Assert.Equal((1, 2), (changed.Totals.Written, changed.Totals.Unchanged));
        Assert.Equal(3, upgraded.Totals.Written);
        var texts = store.Match(null, FakeMapper.TextPredicate, null, FakeMapper.GraphOf("a1")).Select(q => ((Literal)q.Obj).Value);
        Assert.Equal(["Rewritten by Carol."], texts);
        Assert.Single(store.Match(IngestCatalog.Entry("a1"), IngestCatalog.ContentHash, null, IngestCatalog.Graph));
    }

    [Fact]
    public async Task Failures_are_reported_with_origin_and_the_rest_are_stored()
    {
        var store = new InMemoryDataset();
        List<ArticleReadResult> items =
        [
            .. Stories(3),
            ArticleReadResult.Failure("feed.jsonl:7", "malformed JSON"),
            ArticleReadResult.Success(Story("bad", "This one goes BOOM.")),
            ArticleReadResult.Success(Story("a0", "Same id again.")),
        ];

        var summary = await RunAsync(store, items);

        Assert.Equal(3, summary.Totals.Written);
        Assert.Equal(3, summary.Failures.Count);
        Assert.Contains(summary.Failures, f => f is { Origin: "feed.jsonl:7", Stage: "read" });
        Assert.Contains(summary.Failures, f => f.Origin == "bad.txt" && f.Reason.Contains("extractor exploded", StringComparison.Ordinal));
        Assert.Contains(summary.Failures, f => f.Reason.Contains("duplicate article id \"a0\"", StringComparison.Ordinal));
        Assert.Equal(ExitCodesUnderTest.PartialSuccess, IngestRunner.ExitCode(summary));
    }

    [Fact]
    public async Task One_worker_and_several_workers_store_the_same_quads()
    {
        var one = new InMemoryDataset();
        var three = new InMemoryDataset();

        await RunAsync(one, Stories(40), workers: 1);
        await RunAsync(three, Stories(40), workers: 3);

        Assert.Equal(Dump(one), Dump(three));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Progress_counts_articles_as_they_are_extracted_before_their_change_set_is_written(bool singleThread)
    {
        var reports = new List<IngestProgress>();
        var progress = new SynchronousProgress(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        var pipeline = new IngestPipeline(
            new FakeExtractor(), new FakeMapper(), new InMemoryDataset(),
            new IngestOptions { Workers = 2, BatchSize = 8, SingleThread = singleThread });

        var summary = await pipeline.RunAsync(Source(Stories(6)), progress, default);

        Assert.Equal(6, summary.Totals.Written);
        Assert.Equal(6, summary.Totals.Handled);
        Assert.Contains(reports, p => p.Extracted > 0 && p.Written == 0);
        Assert.All(reports, p => Assert.True(p.Written <= p.Extracted, $"{p.Written} written of {p.Extracted} extracted"));
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post them later).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    [Fact]
    public async Task The_single_thread_run_stores_and_reports_what_the_pipeline_does()
    {
        List<ArticleReadResult> items =
        [
            .. Stories(21),
            ArticleReadResult.Failure("feed.jsonl:3", "malformed JSON"),
            ArticleReadResult.Success(Story("bad", "This one goes BOOM.")),
        ];
        var sequential = new InMemoryDataset();
        var pipelined = new InMemoryDataset();

        var one = await RunAsync(sequential, items, singleThread: true);
        var two = await RunAsync(pipelined, items);

        Assert.Equal(Dump(pipelined), Dump(sequential));
        Assert.Equal(21, one.Totals.Written);
        Assert.Equal(two.Failures.Select(f => f.Origin).Order(), one.Failures.Select(f => f.Origin).Order());
        Assert.Equal(21, (await RunAsync(sequential, items, singleThread: true)).Totals.Unchanged);
    }

    [Fact]
    public async Task Cancelling_keeps_whole_articles_and_the_next_run_finishes_the_rest()
    {
        var store = new InMemoryDataset();
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var extractor = new FakeExtractor
        {
            OnExtract = _ =>
            {
                if (Interlocked.Increment(ref seen) == 25)
                {
                    cts.Cancel();
                }
            },
        };

        var interrupted = await RunAsync(store, Stories(100), extractor, cancellationToken: cts.Token);
        var stored = IngestCatalog.Load(store, default);
        foreach (var id in stored.Keys)
        {
            Assert.Equal(4, store.Match(null, null, null, FakeMapper.GraphOf(id)).Count());
        }

        var resumed = await RunAsync(store, Stories(100));

        Assert.True(interrupted.Cancelled);
        Assert.Equal(ExitCodesUnderTest.Interrupted, IngestRunner.ExitCode(interrupted));
        Assert.True(stored.Count < 100);
        Assert.Equal(stored.Count, resumed.Totals.Unchanged);
        Assert.Equal(100 - stored.Count, resumed.Totals.Written);
        Assert.Equal(100, IngestCatalog.Load(store, default).Count);
    }

    [Fact]
    public async Task A_store_failure_stops_the_run_with_that_error()
    {
        var store = new FailingStore(successfulWrites: 2);

        var error = await Assert.ThrowsAsync<IOException>(() => RunAsync(store, Stories(200)));

        Assert.Equal("disk full", error.Message);
    }
}
