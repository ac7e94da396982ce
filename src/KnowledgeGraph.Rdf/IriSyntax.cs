namespace KnowledgeGraph.Rdf;

/// <summary>Checks the parts of RFC 3987 that matter to RDF: an absolute IRI with a scheme and no forbidden characters.</summary>
internal static class IriSyntax
{
    /// <summary>Returns null when <paramref name="value"/> is an absolute IRI, otherwise why it is not.</summary>
    public static string? Validate(string value)
    {
        if (value.Length == 0)
        {
            return "empty IRI";
        }

        int colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return "missing scheme";
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            return "scheme must start with a letter";
        }

        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return $"invalid character '{c}' in scheme";
            }
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                return $"character U+{(int)c:X4} is not allowed in an IRI";
            }

            if (c == '%' && (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])))
            {
                return "'%' must be followed by two hex digits";
            }
        }

        return null;
    }
}
