using KnowledgeGraph.Benchmarks;

// Modes:
//   generate --triples N --out FILE.nt|FILE.ttl [--seed S]   write a synthetic news graph
//   parse FILE [--format F]                                   parse with our readers, print triples/s and peak memory
return args.Length > 0 && args[0] == "generate" ? GenerateCommand.Run(args[1..])
    : args.Length > 0 && args[0] == "parse" ? ParseCommand.Run(args[1..])
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: generate --triples N --out FILE.(nt|ttl) [--seed S] | parse FILE [--format F]");
    return 2;
}
