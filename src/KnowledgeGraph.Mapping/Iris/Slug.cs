using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Mapping.Iris;

/// <summary>
/// IRI path segments from names: ASCII-folded, lower case, runs of anything else turned into one hyphen
/// ("Nagorno-Karabakh" → <c>nagorno-karabakh</c>, "Müller-Lüdenscheidt" → <c>muller-ludenscheidt</c>). A name with
/// no Latin letters or digits at all (Arabic, Chinese) gets <c>x-</c> and a hash of the name instead, so it is still
/// stable and distinct.
/// </summary>
internal static class Slug
{
    private const int MaxLength = 80;

    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingHyphen = false;
        foreach (char c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' or '\u02bc')
            {
                // "Azerbaijan's" → azerbaijans, "O'Brien" → obrien: an apostrophe joins, it does not separate.
                continue;
            }

            string folded = Fold(c);
            if (folded.Length == 0)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }

            sb.Append(folded);
        }

        string slug = sb.Length > MaxLength ? sb.ToString(0, MaxLength).TrimEnd('-') : sb.ToString();
        return slug.Length > 0 ? slug : "x-" + TextHash.Hex(name.Normalize(NormalizationForm.FormC), 12);
    }

    /// <summary>Whether the slug was made from a hash (a name without Latin letters or digits).</summary>
    public static bool IsHashed(string slug) =>
        slug.Length == 14 && slug.StartsWith("x-", StringComparison.Ordinal) && slug[2..].All(char.IsAsciiHexDigitLower);

    /// <summary>The ASCII letters or digits for one character after decomposition, or empty for a separator.</summary>
    private static string Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c.ToString();
        }

        if (c is >= 'A' and <= 'Z')
        {
            return ((char)(c + 32)).ToString();
        }

        // Letters that do not decompose into a base letter and a mark.
        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'ø' or 'Ø' => "o",
            'ł' or 'Ł' => "l",
            'đ' or 'Đ' or 'ð' or 'Ð' => "d",
            'þ' or 'Þ' => "th",
            'ı' => "i",
            'ħ' or 'Ħ' => "h",
            _ => "",
        };
    }
}
