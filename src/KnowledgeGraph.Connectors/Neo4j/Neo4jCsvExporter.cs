using System.Text;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>
/// Writes a projected graph as CSV files for <c>neo4j-admin database import full</c>: one node file per label
/// combination (<c>uri:ID</c>, typed property columns, <c>:LABEL</c>) and one relationship file per type
/// (<c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, <c>graph:string</c>), plus <c>import.sh</c> with the command.
/// </summary>
public sealed class Neo4jCsvExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Neo4jCsvOptions _options;

    public Neo4jCsvExporter(Neo4jCsvOptions? options = null) => _options = options ?? Neo4jCsvOptions.Default;

    /// <summary>Writes the files into <paramref name="directory"/> (created if missing; files of the same names are replaced).</summary>
    /// <exception cref="InvalidOperationException">An array item contains the array delimiter.</exception>
    public async Task<Neo4jCsvExport> WriteAsync(ProjectedGraph graph, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Directory.CreateDirectory(directory);
        char delimiter = _options.ArrayDelimiter;
        var nodeFiles = new List<string>();
        var relationshipFiles = new List<string>();
        var arguments = new List<string>
        {
            "--id-type=string",
            "--multiline-fields=true",
            "--legacy-style-quoting=false",
            $"--array-delimiter=U+{(int)delimiter:X4}",
        };

        foreach (var group in graph.Nodes.GroupBy(n => string.Join(delimiter, n.Labels)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            var labels = nodes[0].Labels;
            var keys = nodes.SelectMany(n => n.Properties.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var header = new StringBuilder("uri:ID");
            foreach (var key in keys)
            {
                header.Append(',').Append(key).Append(':').Append(CsvField.TypeName(graph.Schema[key]));
            }

            header.Append(",:LABEL");
            string named = labels.Count > 1 ? string.Join("_", labels.Where(l => l != "Resource")) : labels[0];
            string path = Path.Combine(directory, "nodes_" + named + ".csv");
            for (int n = 2; nodeFiles.Contains(path); n++)
            {
                path = Path.Combine(directory, "nodes_" + named + "_" + n + ".csv");
            }

            await WriteFileAsync(path, header.ToString(), nodes, (sb, node) =>
            {
                CsvField.AppendQuoted(sb, node.Uri);
                int p = 0;
                foreach (var key in keys)
                {
                    sb.Append(',');
                    while (p < node.Properties.Count && string.CompareOrdinal(node.Properties[p].Key, key) < 0)
                    {
                        p++;
                    }

                    if (p < node.Properties.Count && node.Properties[p].Key == key)
                    {
                        CsvField.AppendValue(sb, node.Properties[p].Value, delimiter, $"node <{node.Uri}> property {key}");
                    }
                }

                sb.Append(',');
                CsvField.AppendQuoted(sb, string.Join(delimiter, node.Labels));
            }, cancellationToken).ConfigureAwait(false);
            nodeFiles.Add(path);
            arguments.Add("--nodes=" + Path.GetFileName(path));
        }

        foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string path = Path.Combine(directory, "relationships_" + group.Key + ".csv");
            await WriteFileAsync(path, ":START_ID,:END_ID,:TYPE,graph:string", group, (sb, r) =>
            {
                CsvField.AppendQuoted(sb, r.StartUri);
                sb.Append(',');
                CsvField.AppendQuoted(sb, r.EndUri);
                sb.Append(',');
                CsvField.AppendQuoted(sb, r.Type);
                sb.Append(',');
                if (r.Graph is not null)
                {
                    CsvField.AppendQuoted(sb, r.Graph);
                }
            }, cancellationToken).ConfigureAwait(false);
            relationshipFiles.Add(path);
            arguments.Add("--relationships=" + Path.GetFileName(path));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript(arguments), Utf8, cancellationToken).ConfigureAwait(false);
        return new Neo4jCsvExport(nodeFiles, relationshipFiles, arguments, graph.Nodes.Count, graph.Relationships.Count);
    }

    private static async Task WriteFileAsync<T>(string path, string header, IEnumerable<T> rows, Action<StringBuilder, T> write, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using var writer = new StreamWriter(stream, Utf8, 1 << 16);
        await writer.WriteAsync(header.AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Clear();
            write(sb, row);
            sb.Append('\n');
            await writer.WriteAsync(sb.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ImportScript(IReadOnlyList<string> arguments)
    {
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        sb.Append("# Builds a new Neo4j 5 database from the CSV files in this folder (the server must not be running it).\n");
        sb.Append("# Usage: sh import.sh [DATABASE [EXTRA OPTIONS...]]   (default neo4j; e.g. --overwrite-destination)\n");
        sb.Append("set -e\ncd \"$(dirname \"$0\")\"\ndb=${1:-neo4j}\n[ $# -gt 0 ] && shift\n");
        sb.Append("neo4j-admin database import full");
        foreach (var a in arguments)
        {
            sb.Append(" \\\n  ").Append(a);
        }

        sb.Append(" \\\n  \"$@\" \"$db\"\n");
        return sb.ToString();
    }
}
