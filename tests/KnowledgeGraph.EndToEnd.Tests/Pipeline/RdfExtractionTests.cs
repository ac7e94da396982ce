using System.Text.Json;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Extraction;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

public sealed class RdfExtractionTests : IDisposable
{
    private readonly TempDirectory _folder = new("kg-extract-");


    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_interrupt_seen_inside_an_extraction_ends_the_run_as_interrupted_with_a_valid_file()
    {
        var input = _folder.Sub("feed.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 40).Select(i =>
            JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"a{i}", ["text"] = $"Story {i} about Alice and Bob." })));
        var output = _folder.Sub("out.trig");
        using var interrupt = new CancellationTokenSource();
        int arrived = 0;
        // The interrupt arrives while two extractions of the second group of articles run side by side, so both see
        // it first (not the loop around them): the parallel loop then reports it wrapped in an AggregateException.
        var extractor = new FakeExtractor
        {
            OnExtract = article =>
            {
                if (int.Parse(article.Id[1..], System.Globalization.CultureInfo.InvariantCulture) < 16)
                {
                    return;
                }

                if (Interlocked.Increment(ref arrived) == 2)
                {
                    interrupt.Cancel();
                }

                // With one worker the second never comes: the first interrupts alone.
                if (!SpinWait.SpinUntil(() => interrupt.IsCancellationRequested, TimeSpan.FromSeconds(2)))
                {
                    interrupt.Cancel();
                }
            },
        };

        var exit = await RdfExtraction.RunAsync([input], RdfFormat.TriG, output, extractor, new FakeMapper(), TextWriter.Null, interrupt.Token);

        Assert.Equal(ExitCodes.Interrupted, exit);
        var graphs = RdfFormats.ReadFile(output).GroupBy(q => q.Graph).Count();
        Assert.InRange(graphs, 16, 31);
    }
}
