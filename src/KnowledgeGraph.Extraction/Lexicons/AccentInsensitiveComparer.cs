using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Compares names as letters without their accents, case-sensitively, so that "María" and "José" find "Maria" and
/// "Jose" in the name list. A precomposed accented letter folds to one base letter, so lengths stay equal and no
/// string is allocated.
/// </summary>
internal sealed class AccentInsensitiveComparer : IEqualityComparer<string>
{
    public static readonly AccentInsensitiveComparer Instance = new();

    // Base letters of U+00C0 to U+024F (Latin-1 Supplement and Latin Extended-A and -B); other characters are themselves.
    private const char First = '\u00C0';
    private static readonly char[] BaseLetters = BuildBaseLetters();

    private AccentInsensitiveComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (Base(x[i]) != Base(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(string obj)
    {
        var hash = new HashCode();
        foreach (var c in obj)
        {
            hash.Add(Base(c));
        }

        return hash.ToHashCode();
    }

    private static char Base(char c) => c >= First && c - First < BaseLetters.Length ? BaseLetters[c - First] : c;

    private static char[] BuildBaseLetters()
    {
        var letters = new char[0x0250 - First];
        for (var i = 0; i < letters.Length; i++)
        {
            var c = (char)(First + i);
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            letters[i] = decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
        }

        return letters;
    }
}
