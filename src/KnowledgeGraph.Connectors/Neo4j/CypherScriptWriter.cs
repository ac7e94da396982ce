using System.Text;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>
/// Writes a cypher-shell script that loads a projected graph into Neo4j 5 idempotently: a uniqueness constraint on
/// <c>:Resource(uri)</c>, then batches of <c>:param rows => [...]</c> followed by one parameterised statement
/// (<c>UNWIND $rows AS r MERGE ...</c>). Values appear only inside the parameter literals, never in query text;
/// labels and relationship types are identifiers from <see cref="Neo4jNaming"/>, back-quoted when needed.
/// </summary>
public sealed class CypherScriptWriter
{
    private readonly int _batchSize;

    /// <param name="batchSize">Rows per <c>:param</c>/<c>UNWIND</c> pair.</param>
    public CypherScriptWriter(int batchSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    /// <summary>Writes the whole script.</summary>
    public async Task WriteAsync(ProjectedGraph graph, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(
            "// Loads a knowledge graph into Neo4j 5: cypher-shell -u neo4j -d neo4j --file THIS_FILE\n" +
            "// Running it again changes nothing: nodes and relationships are MERGEd.\n" +
            "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;\n").ConfigureAwait(false);
        var sb = new StringBuilder();
        foreach (var group in graph.Nodes.GroupBy(n => string.Join(":", n.Labels)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var extra = group.First().Labels.Where(l => l != "Resource").Select(CypherText.Name).ToList();
            string setLabels = extra.Count > 0 ? ", n:" + string.Join(":", extra) : "";
            string statement = "UNWIND $rows AS r MERGE (n:Resource {uri: r.uri}) SET n += r.props" + setLabels + ";\n";
            foreach (var batch in group.Chunk(_batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                sb.Clear();
                sb.Append(":param rows => [");
                for (int i = 0; i < batch.Length; i++)
                {
                    var node = batch[i];
                    sb.Append(i > 0 ? ", {uri: " : "{uri: ");
                    CypherText.AppendString(sb, node.Uri);
                    sb.Append(", props: {");
                    for (int p = 0; p < node.Properties.Count; p++)
                    {
                        if (p > 0)
                        {
                            sb.Append(", ");
                        }

                        sb.Append(CypherText.Name(node.Properties[p].Key)).Append(": ");
                        CypherText.AppendValue(sb, node.Properties[p].Value);
                    }

                    sb.Append("}}");
                }

                sb.Append("]\n").Append(statement);
                await writer.WriteAsync(sb, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var group in graph.Relationships.GroupBy(r => (r.Type, HasGraph: r.Graph is not null)).OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.HasGraph))
        {
            string type = CypherText.Name(group.Key.Type);
            string statement = group.Key.HasGraph
                ? $"UNWIND $rows AS r MATCH (a:Resource {{uri: r.s}}) MATCH (b:Resource {{uri: r.e}}) MERGE (a)-[:{type} {{graph: r.g}}]->(b);\n"
                : $"UNWIND $rows AS r MATCH (a:Resource {{uri: r.s}}) MATCH (b:Resource {{uri: r.e}}) MERGE (a)-[:{type}]->(b);\n";
            foreach (var batch in group.Chunk(_batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                sb.Clear();
                sb.Append(":param rows => [");
                for (int i = 0; i < batch.Length; i++)
                {
                    sb.Append(i > 0 ? ", {s: " : "{s: ");
                    CypherText.AppendString(sb, batch[i].StartUri);
                    sb.Append(", e: ");
                    CypherText.AppendString(sb, batch[i].EndUri);
                    if (batch[i].Graph is { } g)
                    {
                        sb.Append(", g: ");
                        CypherText.AppendString(sb, g);
                    }

                    sb.Append('}');
                }

                sb.Append("]\n").Append(statement);
                await writer.WriteAsync(sb, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
