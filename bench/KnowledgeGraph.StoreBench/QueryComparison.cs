using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.StoreBench;

/// <summary>
/// Runs the benchmark queries over the persistent store and over <see cref="InMemoryDataset"/> holding the same
/// data, and prints the median time of each on both and the ratio store / in-memory.
/// </summary>
internal static class QueryComparison
{
    public static int Run(string dataFile, string storeDirectory, string queryDirectory, int runs)
    {
        var clock = Stopwatch.StartNew();
        var memory = new InMemoryDataset();
        using (var stream = File.OpenRead(dataFile))
        {
            foreach (var q in new NTriplesReader(new RdfReaderOptions { SourceName = dataFile }).Read(stream))
            {
                memory.Add(q);
            }
        }

        Console.WriteLine($"in-memory dataset: {memory.Count:N0} quads in {clock.Elapsed.TotalSeconds:F1}s");
        if (!Directory.Exists(storeDirectory))
        {
            clock.Restart();
            using var loading = QuadStore.Open(storeDirectory);
            var report = new BulkLoader(loading).LoadFilesAsync([dataFile]).GetAwaiter().GetResult();
            loading.Compact();
            Console.WriteLine($"store: {report.QuadsAdded:N0} quads loaded and compacted in {clock.Elapsed.TotalSeconds:F1}s");
        }

        // KG_BENCH_READ_INDEX=0: without the read index that compaction wrote, so that RocksDB answers.
        if (Environment.GetEnvironmentVariable("KG_BENCH_READ_INDEX") == "0")
        {
            ReadIndex.Delete(Path.GetFullPath(storeDirectory));
        }

        // Queried as `kg query` finds it: freshly opened, without what the load left on the heap.
        GC.Collect();
        using var store = QuadStore.Open(storeDirectory);
        using (var probe = store.Snapshot())
        {
            Console.WriteLine($"store reads: {(((QuadStoreSnapshot)probe).UsesReadIndex ? "the read index" : "RocksDB")}");
        }

        if (store.Count != memory.Count)
        {
            Console.Error.WriteLine($"the store holds {store.Count:N0} quads, the in-memory dataset {memory.Count:N0}");
            return 1;
        }

        var engine = Engine();
        Console.WriteLine();
        Console.WriteLine($"{"query",-20} {"rows",8} {"in-memory ms",14} {"store ms",10} {"store/mem",10}");
        double worst = 0;
        foreach (var (file, query) in Queries(queryDirectory))
        {
            var (memoryMs, memoryRows) = Time(engine, memory, query, runs);
            using var snapshot = store.Snapshot();
            var (storeMs, storeRows) = Time(engine, snapshot, query, runs);
            if (storeRows != memoryRows)
            {
                Console.Error.WriteLine($"{Path.GetFileName(file)}: the store gave {storeRows} rows, the in-memory dataset {memoryRows}");
                return 1;
            }

            double ratio = storeMs / Math.Max(memoryMs, 0.001);
            worst = Math.Max(worst, ratio);
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-20} {memoryRows,8:N0} {memoryMs,14:F1} {storeMs,10:F1} {ratio,9:F2}x");
        }

        Console.WriteLine($"\nworst ratio store/in-memory: {worst:F2}x (goal: at most 1.5x); median of {runs} runs after one warm-up");
        return 0;
    }

    /// <summary>Times the queries over an existing store alone, for profiling its share of the time.</summary>
    public static int RunStoreOnly(string storeDirectory, string queryDirectory, int runs)
    {
        using var store = QuadStore.Open(storeDirectory);
        var engine = Engine();
        Console.WriteLine($"{"query",-20} {"rows",8} {"store ms",10}");
        foreach (var (file, query) in Queries(queryDirectory))
        {
            using var snapshot = store.Snapshot();
            var (storeMs, storeRows) = Time(engine, snapshot, query, runs);
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-20} {storeRows,8:N0} {storeMs,10:F2}");
        }

        return 0;
    }

    /// <summary>
    /// Times the queries over several stores in turn, each run visiting every store one after the other, so that the
    /// machine's drift touches them alike; prints the minimum, 25th percentile and median of each.
    /// </summary>
    public static int CompareStores(string[] storeDirectories, string queryDirectory, int runs)
    {
        var stores = storeDirectories.Select(d => QuadStore.Open(d)).ToArray();
        var snapshots = stores.Select(s => s.Snapshot()).ToArray();
        try
        {
            var engine = Engine();
            foreach (var (file, query) in Queries(queryDirectory))
            {
                var times = snapshots.Select(_ => new List<double>()).ToArray();
                foreach (var snapshot in snapshots)
                {
                    Execute(engine, snapshot, query);
                }

                for (int i = 0; i < runs; i++)
                {
                    for (int k = 0; k < snapshots.Length; k++)
                    {
                        var clock = Stopwatch.StartNew();
                        Execute(engine, snapshots[k], query);
                        times[k].Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                var columns = times.Select((t, k) =>
                {
                    t.Sort();
                    return $"{Path.GetFileName(storeDirectories[k])}: min {t[0]:F2} p25 {t[t.Count / 4]:F2} median {t[t.Count / 2]:F2}";
                });
                Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-14} {string.Join(" | ", columns)}");
            }
        }
        finally
        {
            foreach (var snapshot in snapshots)
            {
                snapshot.Dispose();
            }

            foreach (var store in stores)
            {
                store.Dispose();
            }
        }

        return 0;
    }

    private static SparqlEngine Engine() => new(new SparqlEngineOptions(Timeout: TimeSpan.FromMinutes(5)));

    private static IEnumerable<(string File, Query Query)> Queries(string directory) =>
        Directory.EnumerateFiles(directory, "*.rq").Order(StringComparer.Ordinal).Select(file =>
            (file, SparqlParser.ParseQuery(File.ReadAllText(file), new SparqlParserOptions(new Uri(Path.GetFullPath(file)).AbsoluteUri, Path.GetFileName(file)))));

    private static (double Milliseconds, long Rows) Time(SparqlEngine engine, IQuadSource source, Query query, int runs)
    {
        long rows = Execute(engine, source, query);
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = Execute(engine, source, query);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], rows);
    }

    private static long Execute(SparqlEngine engine, IQuadSource source, Query query)
    {
        using var result = engine.Query(source, query);
        return result switch
        {
            SolutionsResult solutions => solutions.LongCount(),
            GraphResult graph => graph.LongCount(),
            BooleanResult => 1,
            _ => 0,
        };
    }
}
