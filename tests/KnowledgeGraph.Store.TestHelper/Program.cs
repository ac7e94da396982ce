using System.Globalization;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.TestHelper;

// load DIR GRAPHS SIZE BATCH [INDEX-FILE-THRESHOLD]: bulk-loads GraphBatches and prints "committed N" after each batch.
// hold DIR: opens the store, prints "open", and waits for a line on standard input.
// compact DIR: opens the store, prints "compacting", compacts it (writing the read index) and prints "compacted".
switch (args[0])
{
    case "load":
        {
            int graphs = int.Parse(args[2], CultureInfo.InvariantCulture);
            int size = int.Parse(args[3], CultureInfo.InvariantCulture);
            int batch = int.Parse(args[4], CultureInfo.InvariantCulture);
            var options = args.Length > 5 ? new QuadStoreOptions { IndexFileThreshold = int.Parse(args[5], CultureInfo.InvariantCulture) } : QuadStoreOptions.Default;
            using var store = QuadStore.Open(args[1], options);
            var progress = new SynchronousProgress(p => Console.Out.WriteLine("committed " + p.BatchesCommitted.ToString(CultureInfo.InvariantCulture)));
            var report = new BulkLoader(store, new BulkLoadOptions { BatchSize = batch }).Load(GraphBatches.Quads(graphs, size), "generated", progress);
            Console.Out.WriteLine($"done {report.QuadsRead} {report.QuadsAdded}");
            return 0;
        }

    case "hold":
        {
            using var store = QuadStore.Open(args[1]);
            Console.Out.WriteLine("open");
            Console.In.ReadLine();
            return 0;
        }

    case "compact":
        {
            using var store = QuadStore.Open(args[1]);
            Console.Out.WriteLine("compacting");
            store.Compact();
            Console.Out.WriteLine("compacted");
            return 0;
        }

    default:
        return 2;
}

/// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
{
    public void Report(LoadProgress value) => report(value);
}
