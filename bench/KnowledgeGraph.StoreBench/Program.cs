using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.StoreBench;

// Store benchmark driver (timings only; not a test).
//   generate FILE COUNT        write COUNT news triples as N-Triples
//   load-generated DIR COUNT   bulk-load COUNT generated triples (no parsing) and print figures
//   profile NT-FILE DIR        where a load's time goes (parse, stages, load of parsed quads)
//   queries NT-FILE DIR QDIR   the benchmark queries over the store and in memory, side by side
//   store-queries DIR QDIR     the benchmark queries over an existing store alone (for profiling)
//   store-compare DIR,DIR,... QDIR RUNS
//                              the benchmark queries over several stores (say, built with different table options),
//                              run in turn, one store after the other for each run; minimum, 25th percentile, median
string mode = args.Length > 0 ? args[0] : "load-generated";
long count = args.Length > 2 && long.TryParse(args[2], CultureInfo.InvariantCulture, out long n) ? n : 1_000_000;
switch (mode)
{
    case "generate":
        {
            using var writer = new StreamWriter(args[1], false, new System.Text.UTF8Encoding(false), 1 << 20);
            foreach (var q in NewsGraph.Triples(count))
            {
                writer.Write(q.Subject.ToString());
                writer.Write(' ');
                writer.Write(q.Predicate.ToString());
                writer.Write(' ');
                writer.Write(q.Obj.ToString());
                writer.Write(" .\n");
            }

            return 0;
        }

    case "load-generated":
        {
            string dir = args[1];
            var clock = Stopwatch.StartNew();
            using var store = QuadStore.Open(dir);
            var report = new BulkLoader(store).Load(NewsGraph.Triples(count), "generated");
            clock.Stop();
            var stats = store.GetStatistics();
            Console.WriteLine($"loaded {report.QuadsRead:N0} quads ({report.QuadsAdded:N0} new) in {clock.Elapsed.TotalSeconds:F1}s = {report.QuadsRead / clock.Elapsed.TotalSeconds:N0} quads/s");
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB; size on disk {stats.SizeOnDiskBytes / (1 << 20):N0} MiB; distinct terms {stats.DistinctTerms:N0}");
            return 0;
        }

    case "queries":
        // queries NT-FILE STORE-DIR QUERY-DIR [RUNS]: the store is loaded from the file when the directory is missing.
        return KnowledgeGraph.StoreBench.QueryComparison.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 5);

    case "store-compare":
        return KnowledgeGraph.StoreBench.QueryComparison.CompareStores(args[1].Split(','), args[2], int.Parse(args[3], CultureInfo.InvariantCulture));

    case "store-queries":
        // store-queries STORE-DIR QUERY-DIR [RUNS]: a store loaded by an earlier `queries` run, no in-memory copy.
        return KnowledgeGraph.StoreBench.QueryComparison.RunStoreOnly(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);

    case "profile":
        {
            // Where a load's time goes: parsing alone, then loading already parsed quads, with GC counts.
            string file = args[1];
            string dir = args[2];
            var clock = Stopwatch.StartNew();
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var quads = new List<Quad>(1_100_000);
            using (var stream = File.OpenRead(file))
            {
                quads.AddRange(new KnowledgeGraph.Rdf.Formats.NTriplesReader(new KnowledgeGraph.Rdf.Formats.RdfReaderOptions { SourceName = file }).Read(stream));
            }

            Console.WriteLine($"parse: {quads.Count:N0} quads in {clock.Elapsed.TotalSeconds:F2}s = {quads.Count / clock.Elapsed.TotalSeconds:N0}/s; gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}");
            StageProfile.Run(quads);
            clock.Restart();
            gen0 = GC.CollectionCount(0);
            gen2 = GC.CollectionCount(2);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            using (var store = QuadStore.Open(dir))
            {
                var report = new BulkLoader(store).Load(quads, "parsed");
                Console.WriteLine($"load parsed: {report.QuadsRead:N0} quads in {clock.Elapsed.TotalSeconds:F2}s = {report.QuadsRead / clock.Elapsed.TotalSeconds:N0}/s, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2}s; gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}");
            }

            Console.WriteLine($"close: {clock.Elapsed.TotalSeconds:F2}s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB");
            return 0;
        }

    default:
        Console.Error.WriteLine("usage: generate FILE COUNT | load-generated DIR COUNT | profile NT-FILE DIR | queries NT-FILE DIR QUERY-DIR [RUNS] | store-queries DIR QUERY-DIR [RUNS]");
        return 2;
}
