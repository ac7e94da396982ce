using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.EndToEnd.Tests.Cli;

/// <summary>
/// Ctrl-C during <c>kg ingest</c>: the real process gets SIGINT mid-run, exits 130, leaves a store that opens and
/// holds only complete article graphs (each equal to a clean ingest's), and a rerun completes it to the same store.
/// SIGTERM during <c>kg extract</c> leaves a valid file of whole article graphs.
/// </summary>
public sealed partial class InterruptEndToEndTests : IDisposable
{
    private const int Articles = 1500;
    private readonly TempDirectory _folder = new("kg-sigint-");

    public InterruptEndToEndTests()
    {
        WriteCorpus(Corpus);
    }

    private string Corpus => _folder.Sub("corpus.jsonl");

    public void Dispose() => _folder.Dispose();

    // The seeds and the good feed records, repeated with their own ids and a numbered last line, so that every copy
    // is a distinct article with its own graph.
    private static void WriteCorpus(string path)
    {
        var texts = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Fixtures, "feed.jsonl")))
        {
            try
            {
                using var record = JsonDocument.Parse(line);
                texts.Add(record.RootElement.GetProperty("text").GetString()!);
            }
            catch (JsonException)
            {
                // The fixture has a malformed line on purpose; this corpus takes the good ones.
            }
        }

        using var writer = new StreamWriter(path);
        for (int i = 0; i < Articles; i++)
        {
            var text = texts[i % texts.Count].TrimEnd() + string.Create(CultureInfo.InvariantCulture, $"\n\nCopy {i}.\n");
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"story-{i:0000}"),
                ["text"] = text,
            }));
        }
    }

    private static Dictionary<Term, HashSet<Quad>> Graphs(string store)
    {
        using var quads = QuadStore.Open(store, new QuadStoreOptions { CreateIfMissing = false });
        return quads.Match(null, null, null, null).GroupBy(q => q.Graph).ToDictionary(g => g.Key, g => g.ToHashSet());
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("/bin/kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    // Starts kg with SIGINT at its default action (a shell may start background jobs with SIGINT ignored, which the
    // child would inherit), sends the signal once the first articles are done (a progress line on standard error, or
    // a non-empty output file), and waits for the exit.
    private async Task<KgResult> RunAndInterruptAsync(string signal, string? outputFile, params string[] args)
    {
        var start = KgRunner.StartInfo(_folder.Path, new Dictionary<string, string?>(), args);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.ArgumentList.Insert(1, start.FileName);
        start.FileName = "/usr/bin/env";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new System.Text.StringBuilder();
        var firstArticles = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (error)
            {
                error.AppendLine(e.Data);
            }

            if (ProgressLine().Match(e.Data) is { Success: true } m && int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0)
            {
                firstArticles.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var exited = process.WaitForExitAsync(timeout.Token);
        if (outputFile is null)
        {
            await Task.WhenAny(firstArticles.Task, exited);
        }
        else
        {
            while (!exited.IsCompleted && (!File.Exists(outputFile) || new FileInfo(outputFile).Length == 0))
            {
                await Task.Delay(20);
            }
        }

        Assert.False(process.HasExited, $"kg {args[0]} ended before it could be interrupted:\n" + error);
        await SignalAsync(process.Id, signal);
        await exited;
        process.WaitForExit();
        var result = new KgResult(process.ExitCode, await output, error.ToString());
        Console.WriteLine($"$ kg {args[0]} (SIG{signal})  → exit {result.ExitCode}");
        return result;
    }

    [Fact]
    public async Task Interrupted_ingest_exits_130_keeps_whole_articles_and_a_rerun_completes_it()
    {
        var clean = _folder.Sub("clean");
        var reference = await KgRunner.RunAsync(_folder.Path, "ingest", Corpus, "--store", clean);
        Assert.True(reference.ExitCode == 0, reference.ToString());
        var expected = Graphs(clean);

        var store = _folder.Sub("interrupted");
        // Small change sets and one worker: the first progress line (after two seconds) comes while most of the
        // corpus is still to do, however fast the machine.
        var interrupted = await RunAndInterruptAsync("INT", null, "ingest", Corpus, "--store", store, "--workers", "1", "--batch-size", "16");

        Assert.True(interrupted.ExitCode == 130, interrupted.ToString());
        Assert.Contains("Interrupted after", interrupted.Output, StringComparison.Ordinal);
        var partial = Graphs(store);
        var catalog = partial.GetValueOrDefault(IngestCatalog.Graph, []);
        var recorded = catalog.Where(q => q.Predicate.Equals(IngestCatalog.ArticleGraph)).Select(q => q.Obj).ToHashSet();
        var articleGraphs = partial.Keys.Where(g => !g.Equals(IngestCatalog.Graph)).ToList();
        Assert.InRange(articleGraphs.Count, 1, Articles - 1);
        Assert.Equal(recorded.Order(TermComparer.Instance), articleGraphs.Order(TermComparer.Instance));
        foreach (var graph in articleGraphs)
        {
            Assert.True(expected.TryGetValue(graph, out var full), $"{graph} is not in the clean ingest");
            Assert.True(full.SetEquals(partial[graph]), $"{graph} differs from the clean ingest ({partial[graph].Count} of {full.Count} quads)");
        }

        Console.WriteLine($"interrupted after {articleGraphs.Count} of {Articles} articles");
        var rerun = await KgRunner.RunAsync(_folder.Path, "ingest", Corpus, "--store", store);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var completed = Graphs(store);
        Assert.Equal(expected.Keys.Order(TermComparer.Instance), completed.Keys.Order(TermComparer.Instance));
        Assert.All(expected, e => Assert.True(e.Value.SetEquals(completed[e.Key]), $"{e.Key} differs after the rerun"));

        // kg extract stopped by SIGTERM still closes its file: a valid TriG document of whole article graphs.
        var trig = _folder.Sub("part.trig");
        var extract = await RunAndInterruptAsync("TERM", trig, "extract", Corpus, "-o", trig);
        Assert.True(extract.ExitCode == 130, extract.ToString());
        var written = RdfFormats.ReadFile(trig).GroupBy(q => q.Graph).ToList();
        Assert.InRange(written.Count, 1, Articles - 1);
        Assert.All(written, g => Assert.True(expected[g.Key].SetEquals(g), $"{g.Key} from the interrupted extract differs from the ingested graph"));
        Console.WriteLine($"extract interrupted after {written.Count} of {Articles} articles");
    }

    // The count of articles written, not of those extracted: an interrupt must find some already in the store.
    [GeneratedRegex(@"^kg ingest: .*\(([\d,]+) written")]
    private static partial Regex ProgressLine();
}
