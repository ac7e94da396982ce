using System.Text;

namespace KnowledgeGraph.PropertyGraph;

/// <summary>
/// Names in the style of neosemantics with <c>handleVocabUris: IGNORE</c> and <c>applyNeo4jNaming: true</c>: the
/// local name of the IRI, as a camelCase property key, a Capitalised label or an UPPER_SNAKE_CASE relationship type.
/// Characters other than letters, digits and <c>_</c> become <c>_</c>, so every name is safe in a CSV header.
/// </summary>
public static class Neo4jNaming
{
    /// <summary>The part after the last <c>#</c>, <c>/</c> or <c>:</c> (skipping a trailing separator).</summary>
    public static string LocalName(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        string trimmed = iri.TrimEnd('#', '/', ':');
        int cut = trimmed.LastIndexOfAny(['#', '/', ':']);
        string local = cut >= 0 ? trimmed[(cut + 1)..] : trimmed;
        return local.Length == 0 ? "resource" : local;
    }

    /// <summary>camelCase property key: <c>schema:alternateName</c> → <c>alternateName</c>, <c>ex:Name</c> → <c>name</c>.</summary>
    public static string PropertyKey(string iri)
    {
        string name = Sanitize(LocalName(iri));
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Capitalised label: <c>schema:Person</c> → <c>Person</c>, <c>ex:newsArticle</c> → <c>NewsArticle</c>.</summary>
    public static string Label(string iri)
    {
        string name = Sanitize(LocalName(iri));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>UPPER_SNAKE_CASE type: <c>schema:spokenByCharacter</c> → <c>SPOKEN_BY_CHARACTER</c>.</summary>
    public static string RelationshipType(string iri)
    {
        string name = Sanitize(LocalName(iri));
        var sb = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
            if (boundary && sb[^1] != '_')
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    private static string Sanitize(string local)
    {
        var sb = new StringBuilder(local.Length);
        foreach (char c in local)
        {
            sb.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        // Neo4j identifiers may not start with a digit without quoting; a leading underscore keeps them plain.
        if (sb.Length == 0 || char.IsDigit(sb[0]))
        {
            sb.Insert(0, '_');
        }

        return sb.ToString();
    }
}
