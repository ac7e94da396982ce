namespace KnowledgeGraph.Extraction.Text;

/// <summary>The English names of months and days as news writes them ("March", "Monday"; not "march").</summary>
internal static class Calendar
{
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static bool IsMonth(string word) => Months.Contains(word);

    public static bool IsWeekday(string word) => Weekdays.Contains(word);
}
