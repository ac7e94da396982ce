using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>How much of a place a phrase speaks of: "about 80% of", "nearly a third of", "almost all of", "45 percent of".</summary>
internal static class Shares
{
    public static bool IsShare(Document doc, int j) =>
        j < doc.Tokens.Count && (doc.Tokens[j] is { Kind: TokenKind.Number } or { Value: "%" } || ShareWords.Contains(doc.Tokens[j].Value)
            || ShareHedges.Contains(doc.Tokens[j].Value)
            && (doc.IsWord(j + 1, "of") || IsShare(doc, j + 1) || Wholes.Contains(doc.TokenAt(j + 1).Value)));

    /// <summary>
    /// The token after a share and its "of the" ("almost all of the South China Sea", "most of Darfur"), or
    /// <paramref name="from"/> itself when no share starts there.
    /// </summary>
    public static int After(Document doc, int from)
    {
        var j = from;
        while (j < doc.Tokens.Count && j - from < 6 && (IsShare(doc, j) || Wholes.Contains(doc.Tokens[j].Value)))
        {
            j++;
        }

        if (j == from || !doc.IsWord(j, "of"))
        {
            return from;
        }

        return doc.IsWord(j + 1, "the") ? j + 2 : j + 1;
    }

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "per", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth", "two-thirds", "three-quarters",
        "one-third", "one-quarter",
    };

    private static readonly HashSet<string> ShareHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "nearly", "almost", "roughly", "some", "around", "a",
    };

    // "all of", "most of", "much of", "part of", "parts of".
    private static readonly HashSet<string> Wholes = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "most", "much", "part", "parts",
    };
}
