using System.Text;

namespace KnowledgeGraph.Connectors.Tests.Neo4j;

/// <summary>An RFC 4180 reader (quoted fields may hold commas, doubled quotes and line breaks) for checking exports.</summary>
internal static class CsvReader
{
    public static List<List<string?>> Read(string text)
    {
        var rows = new List<List<string?>>();
        var row = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"')
            {
                if (field.Length != 0)
                {
                    throw new FormatException("quote inside an unquoted field");
                }

                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\n'))
                {
                    throw new FormatException("text after a closing quote");
                }
            }
            else if (c == ',' || c == '\n')
            {
                row.Add(quoted || field.Length > 0 ? field.ToString() : null);
                field.Clear();
                quoted = false;
                if (c == '\n')
                {
                    rows.Add(row);
                    row = [];
                }

                i++;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (row.Count > 0 || field.Length > 0)
        {
            throw new FormatException("last row without a line end");
        }

        return rows;
    }
}
