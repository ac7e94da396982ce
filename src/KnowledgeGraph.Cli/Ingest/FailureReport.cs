using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>Writes every failure of a run to a file: TSV for a <c>.tsv</c> name, JSON Lines otherwise.</summary>
internal static class FailureReport
{
    public static async Task WriteAsync(string path, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken)
    {
        var tsv = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
        var builder = new StringBuilder();
        if (tsv)
        {
            builder.Append("origin\tstage\treason\n");
        }

        foreach (var failure in failures)
        {
            if (tsv)
            {
                builder.Append(Field(failure.Origin)).Append('\t').Append(Field(failure.Stage)).Append('\t')
                    .Append(Field(failure.Reason)).Append('\n');
            }
            else
            {
                builder.Append(new JsonObject { ["origin"] = failure.Origin, ["stage"] = failure.Stage, ["reason"] = failure.Reason }
                    .ToJsonString()).Append('\n');
            }
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, builder.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }

    private static string Field(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
