using KnowledgeGraph.Sparql.Results.Formats;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Writes and reads SELECT/ASK results in the SPARQL result formats. Graph results are written with the RDF writers.</summary>
public static class SparqlResults
{
    /// <summary>The media type of a format.</summary>
    public static string MediaType(SparqlResultFormat format) => format switch
    {
        SparqlResultFormat.Json => "application/sparql-results+json",
        SparqlResultFormat.Xml => "application/sparql-results+xml",
        SparqlResultFormat.Csv => "text/csv",
        _ => "text/tab-separated-values",
    };

    /// <summary>Parses a format name (json, xml, csv, tsv, or a media type).</summary>
    public static bool TryParseFormat(string name, out SparqlResultFormat format)
    {
        foreach (var f in Enum.GetValues<SparqlResultFormat>())
        {
            if (string.Equals(name, f.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(name, MediaType(f), StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>
    /// Writes a <see cref="SolutionsResult"/> or <see cref="BooleanResult"/>, streaming the solutions. Throws
    /// <see cref="ArgumentException"/> for a <see cref="GraphResult"/> and <see cref="NotSupportedException"/> for a
    /// boolean in CSV or TSV.
    /// </summary>
    public static void Write(QueryResult result, SparqlResultFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case SparqlResultFormat.Json:
                JsonResultsFormat.Write(result, writer);
                break;
            case SparqlResultFormat.Xml:
                XmlResultsFormat.Write(result, writer);
                break;
            case SparqlResultFormat.Csv:
                CsvResultsFormat.Write(Solutions(result), writer);
                break;
            default:
                TsvResultsFormat.Write(Solutions(result), writer);
                break;
        }
    }

    private static SolutionsResult Solutions(QueryResult result) => result as SolutionsResult
        ?? throw new NotSupportedException("CSV and TSV can only hold SELECT results.");

    /// <summary>Reads results (fully materialised). Throws <see cref="FormatException"/> on malformed input.</summary>
    public static QueryResult Read(TextReader reader, SparqlResultFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return format switch
        {
            SparqlResultFormat.Json => JsonResultsFormat.Read(reader),
            SparqlResultFormat.Xml => XmlResultsFormat.Read(reader),
            SparqlResultFormat.Tsv => TsvResultsFormat.Read(reader),
            _ => CsvResultsFormat.Read(reader),
        };
    }
}
