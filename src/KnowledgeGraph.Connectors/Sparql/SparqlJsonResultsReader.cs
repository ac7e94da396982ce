using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// Reads <c>application/sparql-results+json</c> (SPARQL 1.1 Query Results JSON Format) into the result model,
/// accepting the older <c>typed-literal</c> type that Virtuoso writes.
/// </summary>
internal sealed class SparqlJsonResultsReader : ISparqlResultsReader
{
    public bool CanRead(string mediaType) =>
        mediaType is "application/sparql-results+json" or "application/json";

    public async Task<QueryResult> ReadAsync(Stream stream, string mediaType, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.TryGetProperty("boolean", out var boolean))
        {
            return new BooleanResult(boolean.ValueKind == JsonValueKind.True);
        }

        var variables = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vars))
        {
            foreach (var v in vars.EnumerateArray())
            {
                variables.Add(v.GetString() ?? throw Bad("a variable name is not a string"));
            }
        }

        var solutions = new List<Solution>();
        if (root.TryGetProperty("results", out var results) && results.TryGetProperty("bindings", out var bindings))
        {
            foreach (var row in bindings.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var values = new Term?[variables.Count];
                foreach (var cell in row.EnumerateObject())
                {
                    int index = variables.IndexOf(cell.Name);
                    if (index < 0)
                    {
                        throw Bad($"binding for ?{cell.Name}, which is not in head.vars");
                    }

                    values[index] = ReadTerm(cell.Value);
                }

                solutions.Add(new Solution(variables, values));
            }
        }

        return new SolutionsResult(variables, solutions);
    }

    private static Term ReadTerm(JsonElement cell)
    {
        string type = cell.GetProperty("type").GetString() ?? "";
        string value = cell.GetProperty("value").GetString() ?? throw Bad("a term has no value");
        switch (type)
        {
            case "uri":
                return Iri.Unchecked(value);
            case "bnode":
                return new BlankNode(BlankNodeLabels.FromRemote(value));
            case "literal" or "typed-literal":
                if (cell.TryGetProperty("xml:lang", out var lang) && lang.GetString() is { Length: > 0 } tag)
                {
                    return Literal.LanguageTagged(value, tag);
                }

                if (cell.TryGetProperty("datatype", out var datatype) && datatype.GetString() is { } dt)
                {
                    return ResultTerms.TypedLiteral(value, dt);
                }

                return Literal.Create(value);
            case "triple":
                var t = cell.GetProperty("value");
                return new TripleTerm(new Triple(ReadTerm(t.GetProperty("subject")), ReadTerm(t.GetProperty("predicate")), ReadTerm(t.GetProperty("object"))));
            default:
                throw Bad($"unknown term type '{type}'");
        }
    }

    private static FormatException Bad(string what) => new("Malformed SPARQL JSON results: " + what + ".");
}
