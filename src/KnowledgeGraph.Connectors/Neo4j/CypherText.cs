using System.Globalization;
using System.Text;
using KnowledgeGraph.PropertyGraph;

namespace KnowledgeGraph.Connectors.Neo4j;

/// <summary>Cypher literals and identifiers: values are only ever written as escaped literals inside parameters.</summary>
internal static class CypherText
{
    /// <summary>A single-quoted string literal; backslash, quote and control characters are escaped.</summary>
    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('\'');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    bool loneSurrogate = char.IsSurrogate(c)
                        && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || c == 0x7F || c is '\u2028' or '\u2029' or '\u0085' || loneSurrogate)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('\'');
    }

    /// <summary>A name as a plain identifier when it is one, otherwise in back quotes (inner back quotes doubled).</summary>
    public static string Name(string name)
    {
        bool plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    public static void AppendValue(StringBuilder sb, PropertyValue value)
    {
        if (value.IsArray)
        {
            sb.Append('[');
            for (int i = 0; i < value.Items.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                AppendItem(sb, value.Type, value.Items[i]);
            }

            sb.Append(']');
        }
        else
        {
            AppendItem(sb, value.Type, value.Items[0]);
        }
    }

    private static void AppendItem(StringBuilder sb, PropertyType type, object item)
    {
        switch (item)
        {
            case string s when type == PropertyType.Date:
                sb.Append("date(");
                AppendString(sb, s);
                sb.Append(')');
                break;
            case string s when type == PropertyType.DateTime:
                sb.Append("datetime(");
                AppendString(sb, s);
                sb.Append(')');
                break;
            case string s:
                AppendString(sb, s);
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(Float(d));
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            default:
                AppendString(sb, Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    /// <summary>A float literal in openCypher syntax (always with a fraction or exponent, no '+' in the exponent).</summary>
    public static string Float(double d)
    {
        string text = d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
