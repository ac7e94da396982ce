using System.CommandLine;
using System.Text;
using KnowledgeGraph.Connectors.Neo4j;
using KnowledgeGraph.PropertyGraph;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export</c>: writes the property-graph projection for Neo4j (bulk-import CSV and/or a cypher-shell script).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var csv = new Option<string?>("--neo4j-csv") { Description = "Folder for neo4j-admin import CSV files (with import.sh)." };
        var cypher = new Option<string?>("--cypher") { Description = "File for a cypher-shell script that loads the graph idempotently." };
        var batch = new Option<int>("--batch-size") { Description = "Rows per UNWIND batch in the Cypher script.", DefaultValueFactory = _ => 1000 };
        var inputs = new Argument<string[]>("input") { Description = "N-Quads, TriG, N-Triples or Turtle files (or use --store).", Arity = ArgumentArity.ZeroOrMore };
        var store = new Option<string?>("--store", "-s") { Description = "Read the quads from this embedded store instead of files." };
        var command = new Command("export", "Export the graph as a Neo4j property graph (see docs/property-graph.md and docs/neo4j.md).\n\n" +
            "Examples:\n" +
            "  kg export --store .kg/store --neo4j-csv out/      # then: out/import.sh\n" +
            "  kg export news.nq --cypher load.cypher          # then: cypher-shell -f load.cypher");
        command.Options.Add(store);
        command.Options.Add(csv);
        command.Options.Add(cypher);
        command.Options.Add(batch);
        command.Arguments.Add(inputs);
        command.SetAction(async (parse, ct) =>
        {
            string? csvDir = parse.GetValue(csv);
            string? cypherFile = parse.GetValue(cypher);
            if (csvDir is null && cypherFile is null)
            {
                Console.Error.WriteLine("kg export: give --neo4j-csv DIR and/or --cypher FILE.");
                return ExitCodes.UsageError;
            }

            if (!PushCommand.TrySource(parse.GetValue(store), parse.GetValue(inputs), out var sourceError))
            {
                Console.Error.WriteLine("kg export: " + sourceError);
                return ExitCodes.UsageError;
            }

            try
            {
                ProjectedGraph graph;
                using (PushCommand.OpenSource(parse.GetValue(store), parse.GetValue(inputs) ?? [], ct, out var quads))
                {
                    graph = new PropertyGraphProjection().Project(quads, ct);
                }

                if (csvDir is not null)
                {
                    var export = await new Neo4jCsvExporter().WriteAsync(graph, csvDir, ct);
                    Console.Error.WriteLine($"kg export: {export.Nodes} nodes in {export.NodeFiles.Count} files, {export.Relationships} relationships in {export.RelationshipFiles.Count} files; import with: sh {Path.Combine(csvDir, "import.sh")} DATABASE");
                }

                if (cypherFile is not null)
                {
                    await using var writer = new StreamWriter(cypherFile, false, new UTF8Encoding(false, true));
                    await new CypherScriptWriter(Math.Max(1, parse.GetValue(batch))).WriteAsync(graph, writer, ct);
                    Console.Error.WriteLine($"kg export: {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships in {cypherFile}; load with: cypher-shell -d DATABASE --file {cypherFile}");
                }

                if (graph.SkippedQuads > 0)
                {
                    Console.Error.WriteLine($"kg export: {graph.SkippedQuads} quads with RDF 1.2 triple terms have no property-graph form and were left out.");
                }

                return ExitCodes.Success;
            }
            catch (RdfSyntaxException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCodes.InputError;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Console.Error.WriteLine("kg export: " + ex.Message);
                return ex is InvalidOperationException ? ExitCodes.InputError : ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Interrupted;
            }
        });
        return command;
    }
}
