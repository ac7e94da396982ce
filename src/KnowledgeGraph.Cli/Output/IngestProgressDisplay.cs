using System.Globalization;
using KnowledgeGraph.Cli.Ingest;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Shows a running ingest on standard error: a live Spectre.Console progress bar on a terminal, and a plain status
/// line every few seconds otherwise (piped output, CI), so logs stay readable.
/// </summary>
internal sealed class IngestProgressDisplay : IProgress<IngestProgress>
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);
    private readonly TextWriter _error;
    private readonly bool _live;
    private readonly long? _expected;
    private readonly Lock _gate = new();
    private IngestProgress _latest;

    public IngestProgressDisplay(TextWriter error, bool live, long? expected)
    {
        _error = error;
        _live = live;
        _expected = expected is > 0 ? expected : null;
    }

    public void Report(IngestProgress value)
    {
        // Reports come from several pipeline stages; keep the furthest along.
        lock (_gate)
        {
            if (value.Handled + value.Done + value.Read >= _latest.Handled + _latest.Done + _latest.Read)
            {
                _latest = value;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> while drawing its progress.</summary>
    public async Task<T> RunAsync<T>(Func<IProgress<IngestProgress>, Task<T>> work)
    {
        if (!_live)
        {
            return await RunPlainAsync(work).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error) });
        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(default), maxValue: _expected ?? 1);
                task.IsIndeterminate = _expected is null;
                var run = work(this);
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(150)).ConfigureAwait(false);
                    Update(task);
                }

                result = await run.ConfigureAwait(false);
                Update(task);
                task.Value = task.MaxValue;
                task.StopTask();
            }).ConfigureAwait(false);
        return result;
    }

    private void Update(ProgressTask task)
    {
        IngestProgress latest;
        lock (_gate)
        {
            latest = _latest;
        }

        task.Description = Describe(latest);
        if (_expected is not null)
        {
            task.Value = Math.Min(latest.Handled, _expected.Value);
        }
    }

    private static string Describe(IngestProgress p)
    {
        var errors = p.Failed == 0 ? "0 errors" : $"[red]{p.Failed:N0} errors[/]";
        return string.Create(CultureInfo.InvariantCulture,
            $"[bold]{p.Handled:N0}[/] articles ({p.Written + p.Unchanged:N0} stored) · {p.Facts:N0} facts · {p.HandledRate:N1}/s · {errors}");
    }

    private async Task<T> RunPlainAsync<T>(Func<IProgress<IngestProgress>, Task<T>> work)
    {
        var run = work(this);
        var last = DateTime.UtcNow;
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(250)).ConfigureAwait(false);
            if (!run.IsCompleted && DateTime.UtcNow - last >= PlainInterval)
            {
                last = DateTime.UtcNow;
                IngestProgress p;
                lock (_gate)
                {
                    p = _latest;
                }

                var of = _expected is { } expected ? string.Create(CultureInfo.InvariantCulture, $" of ~{expected:N0}") : string.Empty;
                await _error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"kg ingest: {p.Handled:N0}{of} articles ({p.Written:N0} written, {p.Unchanged:N0} unchanged, {p.Failed:N0} failed), " +
                    $"{p.Facts:N0} facts, {p.HandledRate:N1} articles/s")).ConfigureAwait(false);
            }
        }

        return await run.ConfigureAwait(false);
    }
}
