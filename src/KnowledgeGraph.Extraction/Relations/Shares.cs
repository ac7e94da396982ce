using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// How much of a place a phrase speaks of: "about 80% of", "nearly a third of", "almost all of", "45 percent of",
/// "almost the entire".
/// </summary>
internal static class Shares
{
    public static bool IsShare(Document doc, int j) =>
        j < doc.Tokens.Count && (doc.Tokens[j] is { Kind: TokenKind.Number } or { Value: "%" } || ShareWords.Contains(doc.Tokens[j].Value)
            || ShareHedges.Contains(doc.Tokens[j].Value)
            && (doc.IsWord(j + 1, "of") || IsShare(doc, j + 1) || Wholes.Contains(doc.TokenAt(j + 1).Value)
                || doc.IsWord(j + 1, "the") && IsEntire(doc, j + 2)));

    /// <summary>
    /// The token after a share and its "of the" ("almost all of the South China Sea", "most of Darfur", "almost the
    /// entire South China Sea"), or <paramref name="from"/> itself when no share starts there.
    /// </summary>
    public static int After(Document doc, int from)
    {
        var j = from;
        var entire = false;
        while (j < doc.Tokens.Count && j - from < 6
            && (IsShare(doc, j) || Wholes.Contains(doc.Tokens[j].Value) || IsEntire(doc, j) || doc.IsWord(j, "the") && IsEntire(doc, j + 1)))
        {
            entire |= IsEntire(doc, j);
            j++;
        }

        if (j == from)
        {
            return from;
        }

        if (doc.IsWord(j, "of"))
        {
            return doc.IsWord(j + 1, "the") ? j + 2 : j + 1;
        }

        return entire ? j : from;
    }

    // "the entire South China Sea", "the whole of Kirkuk".
    private static bool IsEntire(Document doc, int j) => doc.IsWord(j, "entire") || doc.IsWord(j, "whole");

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
