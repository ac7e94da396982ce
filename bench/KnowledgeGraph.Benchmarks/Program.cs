using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Sparql;

// Modes:
//   generate --triples N --out FILE.nt|FILE.ttl [--seed S]   write a synthetic news graph
//   parse FILE [--format F]                                   parse with our readers, print triples/s and peak memory
//   sparql-queries FILE QUERYDIR [--warm N]                   load FILE in memory, time every *.rq in QUERYDIR
//   --quick-sparql [PEOPLE]                                   time the six SPARQL queries with a stopwatch
//   anything else                                             BenchmarkDotNet switcher (e.g. --filter '*Sparql*')
return args.Length > 0 && args[0] == "generate" ? GenerateCommand.Run(args[1..])
    : args.Length > 0 && args[0] == "parse" ? ParseCommand.Run(args[1..])
    : args.Length > 0 && args[0] == "sparql-queries" ? SparqlQueriesCommand.Run(args[1..])
    : args.Length > 0 && args[0] == "--quick-sparql" ? QuickSparql(args)
    : RunBenchmarks(args);

static int QuickSparql(string[] args)
{
    QuickSparqlRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000);
    return 0;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GenerateCommand).Assembly).Run(args);
    return 0;
}
