using System.Globalization;
using System.Text;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>
/// Field text for neo4j-admin CSV: every value in double quotes with inner quotes doubled (backslashes are plain
/// characters with <c>--legacy-style-quoting=false</c>; newlines need <c>--multiline-fields=true</c>).
/// </summary>
internal static class CsvField
{
    public static void AppendQuoted(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (char c in text)
        {
            if (c == '"')
            {
                sb.Append('"');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }

    /// <summary>Appends a property value; array items are joined with the array delimiter inside one quoted field.</summary>
    /// <exception cref="InvalidOperationException">An array item contains the array delimiter, which the format cannot escape.</exception>
    public static void AppendValue(StringBuilder sb, PropertyValue value, char arrayDelimiter, string context)
    {
        var parts = new StringBuilder();
        for (int i = 0; i < value.Items.Count; i++)
        {
            string item = Format(value.Items[i]);
            if (value.IsArray && item.Contains(arrayDelimiter, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{context}: an array item contains the array delimiter U+{(int)arrayDelimiter:X4}, which neo4j-admin cannot escape; choose another delimiter.");
            }

            if (i > 0)
            {
                parts.Append(arrayDelimiter);
            }

            parts.Append(item);
        }

        AppendQuoted(sb, parts.ToString());
    }

    public static string TypeName(PropertySchema schema) => (schema.Type switch
    {
        PropertyType.Long => "long",
        PropertyType.Double => "double",
        PropertyType.Boolean => "boolean",
        PropertyType.Date => "date",
        PropertyType.DateTime => "datetime",
        _ => "string",
    }) + (schema.IsArray ? "[]" : "");

    private static string Format(object item) => item switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "",
    };
}
