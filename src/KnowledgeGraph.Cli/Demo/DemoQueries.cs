using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Engine;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Demo;

/// <summary>Runs the ontology's example questions over a store and prints each answer as a table.</summary>
internal static class DemoQueries
{
    public static void Print(IQuadStore store, IReadOnlyList<(string Name, string Text)> queries, ConsoleStreams console, CancellationToken cancellationToken)
    {
        var prefixes = PrefixMap.CreateWellKnown();
        foreach (var (prefix, ns) in TermFormatter.ProjectPrefixes)
        {
            prefixes.Set(prefix, ns);
        }

        var engine = new SparqlEngine();
        var renderer = new TableRenderer(prefixes, Math.Min(console.Width, 100_000));
        using var snapshot = store.Snapshot();
        foreach (var (name, text) in queries)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"== {DemoAssets.Title(text)}  (ontology/queries/{name}.rq)");
            using var result = engine.Query(snapshot, text, cancellationToken);
            if (result is SolutionsResult solutions)
            {
                renderer.Render(solutions, console.Out);
            }
            else
            {
                ResultPrinter.Print(result, "table", prefixes, console.Out, Math.Min(console.Width, 100_000));
            }
        }
    }
}
