using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>Compiles XPath regular expressions (fn:matches flags s, m, i, x, q) to .NET regular expressions, cached.</summary>
internal static class RegexCache
{
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> Cache = new();

    /// <summary>The compiled expression, or null when the pattern or flags are invalid.</summary>
    public static Regex? Get(string pattern, string flags) => Cache.GetOrAdd((pattern, flags), static k => Build(k.Pattern, k.Flags));

    private static Regex? Build(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        bool literal = false;
        foreach (char f in flags)
        {
            switch (f)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'x': pattern = RemoveWhitespace(pattern); break;
                case 'q': literal = true; break;
                default: return null;
            }
        }

        if (literal)
        {
            pattern = Regex.Escape(pattern);
        }

        try
        {
            return new Regex(pattern, options, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // XPath 'x': whitespace is removed from the pattern except inside character classes.
    private static string RemoveWhitespace(string pattern)
    {
        var sb = new StringBuilder();
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            if (!inClass && c is ' ' or '\t' or '\n' or '\r')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Translates an XPath replacement string ($n groups, \$ and \\ escapes) to .NET syntax; null when invalid.</summary>
    public static string? TranslateReplacement(string replacement)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$'))
                {
                    return null;
                }

                sb.Append(replacement[i + 1] == '$' ? "$$" : "\\");
                i++;
            }
            else if (c == '$')
            {
                if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1]))
                {
                    return null;
                }

                sb.Append("${");
                i++;
                while (i < replacement.Length && char.IsAsciiDigit(replacement[i]))
                {
                    sb.Append(replacement[i]);
                    i++;
                }

                i--;
                sb.Append('}');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
