using System.Text;
using KnowledgeGraph.Connectors.GraphStore;
using KnowledgeGraph.Connectors.Http;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Connectors.Tests.Http;

/// <summary>
/// The pusher sends while it reads: chunks of plain triples go before the input ends, requests run in parallel across
/// graphs up to the limit, a graph's POSTs wait for its PUT, and an input that fails half-way stops the push cleanly.
/// </summary>
public sealed class StreamingPushTests
{
    private static readonly Iri P = Iri.Unchecked("http://example.org/p");

    private static RemoteEndpointOptions Fast => TestEndpoints.Fast(retries: 0, timeoutSeconds: 10);

    private static Quad Q(int i, Iri graph) => new(Iri.Unchecked("http://example.org/s" + i), P, Literal.Integer(i), graph);

    [Fact]
    public async Task The_first_chunk_is_sent_before_the_input_ends()
    {
        var graph = Iri.Unchecked("http://example.org/graph/streamed");
        using var putArrived = new ManualResetEventSlim();
        await using var server = new FakeHttpServer(request =>
        {
            if (request.Method == "PUT")
            {
                putArrived.Set();
            }

            return FakeResponse.Ok();
        });
        bool sawPutWhileReading = false;
        IEnumerable<Quad> Input()
        {
            for (int i = 0; i < 5; i++)
            {
                yield return Q(i, graph);
            }

            // The input stalls here (as a slow file or a crawl would) until the PUT of the first chunk has arrived.
            sawPutWhileReading = putArrived.Wait(TimeSpan.FromSeconds(20));
            for (int i = 5; i < 12; i++)
            {
                yield return Q(i, graph);
            }
        }

        using var client = new GraphStoreClient(server.Url("/gsp"), Fast);
        var summary = await new GraphPusher(client, new PushOptions { ChunkSize = 5, PutChunkSize = 5 }).PushAsync(Input());

        Assert.True(sawPutWhileReading, "no request was sent while the input was being read");
        Assert.Equal(0, summary.Failed);
        Assert.Equal(3, summary.Graphs[0].Requests);
        Assert.Equal("PUT", server.Requests[0].Method);
        Assert.Equal(12, server.Requests.Sum(r => r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public async Task Requests_run_in_parallel_across_graphs_up_to_the_limit_and_posts_wait_for_their_put()
    {
        int inFlight = 0;
        int most = 0;
        var events = new List<string>();
        await using var server = new FakeHttpServer(request =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            string graph = Uri.UnescapeDataString(request.Target[(request.Target.IndexOf("graph=", StringComparison.Ordinal) + 6)..]);
            lock (events)
            {
                events.Add(request.Method + " " + graph);
            }

            Thread.Sleep(30);
            Interlocked.Decrement(ref inFlight);
            return FakeResponse.Ok();
        });
        var quads = Enumerable.Range(0, 12).SelectMany(g => Enumerable.Range(0, 7).Select(i => Q(i, Iri.Unchecked("http://example.org/graph/" + g)))).ToList();
        using var client = new GraphStoreClient(server.Url("/gsp"), Fast);

        var summary = await new GraphPusher(client, new PushOptions { ChunkSize = 3, PutChunkSize = 3, Parallelism = 3 }).PushAsync(quads);

        Assert.Equal(0, summary.Failed);
        Assert.Equal(12, summary.Graphs.Count);
        Assert.All(summary.Graphs, g => Assert.Equal(3, g.Requests));
        Assert.InRange(most, 2, 3);
        foreach (var g in Enumerable.Range(0, 12).Select(g => "http://example.org/graph/" + g))
        {
            var mine = events.Where(e => e.EndsWith(" " + g, StringComparison.Ordinal)).ToList();
            Assert.Equal("PUT " + g, mine[0]);
            Assert.Equal(2, mine.Count(e => e.StartsWith("POST", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task An_input_error_half_way_stops_the_push_and_names_the_graphs_begun()
    {
        var begun = Iri.Unchecked("http://example.org/graph/begun");
        var untouched = Iri.Unchecked("http://example.org/graph/untouched");
        using var putArrived = new ManualResetEventSlim();
        await using var server = new FakeHttpServer(request =>
        {
            putArrived.Set();
            return FakeResponse.Ok();
        });
        IEnumerable<Quad> Input()
        {
            yield return Q(0, untouched);
            for (int i = 0; i < 25; i++)
            {
                yield return Q(i, begun);
            }

            // The error comes once the first chunk of the graph is on its way.
            Assert.True(putArrived.Wait(TimeSpan.FromSeconds(20)));

            throw new RdfSyntaxException("expected '.' at the end of a statement", "news.nt", 27, 14);
        }

        using var client = new GraphStoreClient(server.Url("/gsp"), Fast);
        var summary = await new GraphPusher(client, new PushOptions { ChunkSize = 10, PutChunkSize = 10, Parallelism = 1 }).PushAsync(Input());

        var error = Assert.IsType<RdfSyntaxException>(summary.InputError);
        Assert.Contains("news.nt", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, summary.Failed);
        var partial = summary.Graphs.Single(g => g.Graph == begun.Value);
        Assert.Contains("Reading the input failed", partial.Error, StringComparison.Ordinal);
        Assert.Contains("was not pushed: reading the input failed", summary.Graphs.Single(g => g.Graph == untouched.Value).Error, StringComparison.Ordinal);
        Assert.Contains("push again", partial.Error, StringComparison.Ordinal);
        var notSent = summary.Graphs.Single(g => g.Graph == untouched.Value);
        Assert.Equal(0, notSent.Requests);
        Assert.DoesNotContain("may now hold", notSent.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Target.Contains("untouched", StringComparison.Ordinal));
        Assert.InRange(server.Requests.Count, 1, 2);
    }

    [Fact]
    public async Task Bodies_are_byte_for_byte_the_n_triples_lines_of_the_terms()
    {
        var s = Iri.Unchecked("http://example.org/s/ü");
        var triples = new List<Triple>
        {
            new(s, P, Literal.Create("quote \" brace } triple \"\"\" newline \n tab \t nul \u0000 del \u007f")),
            new(s, P, Literal.LanguageTagged("non-BMP 😀 and CJK 漢字", "zh-Hant")),
            new(s, P, Literal.LanguageTagged("rtl", "ar", "rtl")),
            new(s, P, Literal.Integer(42)),
            new(new BlankNode("b0"), P, new BlankNode("b1")),
            new(Iri.Unchecked("http://example.org/space%20and%7Bbrace%7D"), P, Literal.Create("back\\slash")),
        };

        byte[] body = NTriplesBody.Serialize(triples);

        Assert.Equal(string.Concat(triples.Select(NTriplesBody.Line)), Encoding.UTF8.GetString(body));
        var back = RdfFormats.Read(new MemoryStream(body), RdfFormat.NTriples, new RdfReaderOptions()).Select(q => q.Triple).ToList();
        Assert.Equal(triples.Count, back.Count);
        Assert.Equal(triples.Where(t => t.Subject is not BlankNode), back.Where(t => t.Subject is not BlankNode));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
