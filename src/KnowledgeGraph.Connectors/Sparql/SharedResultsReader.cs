using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// Reads SELECT/ASK answers with the result-format readers of KnowledgeGraph.Sparql, so remote and embedded queries
/// give the same model. Blank node identifiers such as Virtuoso's <c>nodeID://b10006</c> become valid labels.
/// </summary>
internal sealed class SharedResultsReader : ISparqlResultsReader
{
    public bool CanRead(string mediaType) => Format(mediaType) is not null;

    public async Task<QueryResult> ReadAsync(Stream stream, string mediaType, CancellationToken cancellationToken)
    {
        var format = Format(mediaType) ?? throw new FormatException($"Cannot read results in {mediaType}.");
        using var reader = new StreamReader(stream);
        string text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var result = SparqlResults.Read(new StringReader(text), format);
        if (result is not SolutionsResult solutions)
        {
            return result;
        }

        var rows = new List<Solution>();
        foreach (var s in solutions)
        {
            var values = new Term?[s.Variables.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = s[i] is BlankNode b ? new BlankNode(BlankNodeLabels.FromRemote(b.Label)) : s[i];
            }

            rows.Add(new Solution(s.Variables, values));
        }

        return new SolutionsResult(solutions.Variables, rows);
    }

    private static SparqlResultFormat? Format(string mediaType) => mediaType switch
    {
        "application/sparql-results+json" or "application/json" => SparqlResultFormat.Json,
        "application/sparql-results+xml" => SparqlResultFormat.Xml,
        _ => null,
    };
}
