using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Sparql;

// "--quick-sparql [people]" times the SPARQL queries with a stopwatch (no BenchmarkDotNet), for a fast look.
if (args.Length > 0 && args[0] == "--quick-sparql")
{
    QuickSparqlRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SparqlQueryBenchmarks).Assembly).Run(args);
