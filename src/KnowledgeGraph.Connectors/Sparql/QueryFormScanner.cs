namespace KnowledgeGraph.Connectors.Sparql;

/// <summary>
/// Finds the form of a query without parsing it fully, so that the client can ask for the right result format.
/// Skips comments, IRIs in angle brackets and the prologue; the first form keyword decides.
/// </summary>
internal static class QueryFormScanner
{
    public static SparqlQueryForm Scan(string query)
    {
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (c == '#')
            {
                while (i < query.Length && query[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '<')
            {
                while (i < query.Length && query[i] != '>')
                {
                    i++;
                }

                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                int start = i;
                while (i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || query[i] is '_' or '-' or ':' or '.'))
                {
                    i++;
                }

                var word = query.AsSpan(start, i - start);
                if (word.Equals("SELECT", StringComparison.OrdinalIgnoreCase))
                {
                    return SparqlQueryForm.Select;
                }

                if (word.Equals("ASK", StringComparison.OrdinalIgnoreCase))
                {
                    return SparqlQueryForm.Ask;
                }

                if (word.Equals("CONSTRUCT", StringComparison.OrdinalIgnoreCase))
                {
                    return SparqlQueryForm.Construct;
                }

                if (word.Equals("DESCRIBE", StringComparison.OrdinalIgnoreCase))
                {
                    return SparqlQueryForm.Describe;
                }
            }
            else
            {
                i++;
            }
        }

        return SparqlQueryForm.Unknown;
    }
}
