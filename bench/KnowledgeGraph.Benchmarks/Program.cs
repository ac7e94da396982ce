using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;

// Modes:
//   generate --triples N --out FILE.nt|FILE.ttl [--seed S]   write a synthetic news graph
//   parse FILE [--format F]                                   parse with our readers, print triples/s and peak memory
//   anything else                                             BenchmarkDotNet switcher (e.g. --filter '*Sparql*')
return args.Length > 0 && args[0] == "generate" ? GenerateCommand.Run(args[1..])
    : args.Length > 0 && args[0] == "parse" ? ParseCommand.Run(args[1..])
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GenerateCommand).Assembly).Run(args);
    return 0;
}
