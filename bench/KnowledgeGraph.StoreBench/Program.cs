using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store;
using KnowledgeGraph.StoreBench;

// Store benchmark driver (timings only; not a test).
//   generate FILE COUNT        write COUNT news triples as N-Triples
//   load-generated DIR COUNT   bulk-load COUNT generated triples (no parsing) and print figures
string mode = args.Length > 0 ? args[0] : "load-generated";
long count = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
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

    default:
        Console.Error.WriteLine("usage: generate FILE COUNT | load-generated DIR COUNT");
        return 2;
}
