namespace KnowledgeGraph.Extraction.Text;

/// <summary>The English months' names as news writes them ("March", not "march").</summary>
internal static class Months
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static bool IsMonth(string word) => Names.Contains(word);
}
