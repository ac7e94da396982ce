using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results.Formats;

/// <summary>SPARQL 1.1 Query Results CSV Format: lexical values only, CRLF line ends, RFC 4180 quoting.</summary>
internal static class CsvResultsFormat
{
    public static void Write(SolutionsResult result, TextWriter w)
    {
        w.Write(string.Join(",", result.Variables.Select(Escape)));
        w.Write("\r\n");
        foreach (var s in result)
        {
            for (int i = 0; i < s.Variables.Count; i++)
            {
                if (i > 0)
                {
                    w.Write(',');
                }

                w.Write(s[i] switch
                {
                    null => "",
                    Iri iri => Escape(iri.Value),
                    BlankNode b => "_:" + b.Label,
                    Literal l => Escape(l.Value),
                    var t => Escape(t.ToString()),
                });
            }

            w.Write("\r\n");
        }
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Reads CSV results; every value becomes a simple literal except IRIs with a scheme and <c>_:</c> blank nodes.</summary>
    public static QueryResult Read(TextReader reader)
    {
        var rows = ParseRows(reader.ReadToEnd());
        if (rows.Count == 0)
        {
            return new SolutionsResult([], new List<Solution>());
        }

        var vars = rows[0];
        var solutions = new List<Solution>();
        foreach (var row in rows.Skip(1))
        {
            var values = new Term?[vars.Count];
            for (int i = 0; i < vars.Count && i < row.Count; i++)
            {
                string v = row[i];
                values[i] = v.Length == 0 ? null
                    : v.StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(v[2..])
                    : IriResolver.HasScheme(v) && Iri.TryParse(v, out var iri) ? iri
                    : Literal.Create(v);
            }

            solutions.Add(new Solution(vars, values));
        }

        return new SolutionsResult(vars, solutions);
    }

    private static List<List<string>> ParseRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
