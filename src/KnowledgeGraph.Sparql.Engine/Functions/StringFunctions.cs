using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Engine.Expressions;

namespace KnowledgeGraph.Sparql.Engine.Functions;

/// <summary>String functions of section 17.4.3. A null argument or result is an error.</summary>
internal static class StringFunctions
{
    /// <summary>A simple literal, xsd:string or language-tagged string ("string literal" in the spec).</summary>
    public static bool IsStringLike(Term? t, out Literal literal)
    {
        if (t is Literal l && (l.Language is not null || l.Datatype.Equals(Xsd.String)))
        {
            literal = l;
            return true;
        }

        literal = null!;
        return false;
    }

    /// <summary>Argument compatibility (section 17.4.3.1.2).</summary>
    private static bool Compatible(Literal a, Literal b) =>
        b.Language is null || (a.Language is not null && string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase));

    /// <summary>A literal with the same language tag or datatype as <paramref name="like"/>.</summary>
    public static Literal SameKind(string value, Literal like) =>
        like.Language is not null ? Literal.LanguageTagged(value, like.Language) : Literal.Create(value);

    public static Term? Strlen(Term? a) =>
        IsStringLike(a, out var l) ? Literal.Integer(CodePoints(l.Value)) : null;

    public static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]))
            {
                n++;
            }
        }

        return n;
    }

    public static Term? Substr(Term? str, Term? start, Term? length)
    {
        if (!IsStringLike(str, out var l) || !Numeric.TryGet(start, out var s))
        {
            return null;
        }

        Numeric len = default;
        if (length is not null && !Numeric.TryGet(length, out len))
        {
            return null;
        }

        var cps = ToCodePoints(l.Value);
        // XPath fn:substring: characters at positions p with round(start) <= p < round(start) + round(length).
        double first = Math.Round(s.AsDouble, MidpointRounding.AwayFromZero);
        double end = length is null ? double.PositiveInfinity : first + Math.Round(len.AsDouble, MidpointRounding.AwayFromZero);
        var sb = new StringBuilder();
        for (int p = 1; p <= cps.Count; p++)
        {
            if (p >= first && p < end)
            {
                sb.Append(cps[p - 1]);
            }
        }

        return SameKind(sb.ToString(), l);
    }

    private static List<string> ToCodePoints(string s)
    {
        var list = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(s[i].ToString());
            }
        }

        return list;
    }

    public static Term? Ucase(Term? a) => IsStringLike(a, out var l) ? SameKind(l.Value.ToUpperInvariant(), l) : null;

    public static Term? Lcase(Term? a) => IsStringLike(a, out var l) ? SameKind(l.Value.ToLowerInvariant(), l) : null;

    public static Term? StrStarts(Term? a, Term? b) =>
        IsStringLike(a, out var x) && IsStringLike(b, out var y) && Compatible(x, y)
            ? Literal.Boolean(x.Value.StartsWith(y.Value, StringComparison.Ordinal)) : null;

    public static Term? StrEnds(Term? a, Term? b) =>
        IsStringLike(a, out var x) && IsStringLike(b, out var y) && Compatible(x, y)
            ? Literal.Boolean(x.Value.EndsWith(y.Value, StringComparison.Ordinal)) : null;

    public static Term? Contains(Term? a, Term? b) =>
        IsStringLike(a, out var x) && IsStringLike(b, out var y) && Compatible(x, y)
            ? Literal.Boolean(x.Value.Contains(y.Value, StringComparison.Ordinal)) : null;

    public static Term? StrBefore(Term? a, Term? b)
    {
        if (!IsStringLike(a, out var x) || !IsStringLike(b, out var y) || !Compatible(x, y))
        {
            return null;
        }

        int i = x.Value.IndexOf(y.Value, StringComparison.Ordinal);
        if (i < 0)
        {
            return Literal.Create("");
        }

        return SameKind(x.Value[..i], x);
    }

    public static Term? StrAfter(Term? a, Term? b)
    {
        if (!IsStringLike(a, out var x) || !IsStringLike(b, out var y) || !Compatible(x, y))
        {
            return null;
        }

        int i = x.Value.IndexOf(y.Value, StringComparison.Ordinal);
        if (i < 0)
        {
            return Literal.Create("");
        }

        return SameKind(x.Value[(i + y.Value.Length)..], x);
    }

    public static Term? EncodeForUri(Term? a)
    {
        if (!IsStringLike(a, out var l))
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(l.Value))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return Literal.Create(sb.ToString());
    }

    public static Term? Concat(IReadOnlyList<Term?> args)
    {
        var sb = new StringBuilder();
        string? language = null;
        bool sameLanguage = true;
        bool first = true;
        foreach (var a in args)
        {
            if (!IsStringLike(a, out var l))
            {
                return null;
            }

            sb.Append(l.Value);
            if (first)
            {
                language = l.Language;
                first = false;
            }
            else if (!string.Equals(language, l.Language, StringComparison.OrdinalIgnoreCase))
            {
                sameLanguage = false;
            }
        }

        return sameLanguage && language is not null ? Literal.LanguageTagged(sb.ToString(), language) : Literal.Create(sb.ToString());
    }

    public static Term? Regex(Term? text, Term? pattern, Term? flags)
    {
        if (!IsStringLike(text, out var t) || !Operators.IsStringLiteral(pattern) || (flags is not null && !Operators.IsStringLiteral(flags)))
        {
            return null;
        }

        var regex = RegexCache.Get(((Literal)pattern!).Value, (flags as Literal)?.Value ?? "");
        return regex is null ? null : Literal.Boolean(regex.IsMatch(t.Value));
    }

    public static Term? Replace(Term? text, Term? pattern, Term? replacement, Term? flags)
    {
        if (!IsStringLike(text, out var t) || !Operators.IsStringLiteral(pattern) || !Operators.IsStringLiteral(replacement)
            || (flags is not null && !Operators.IsStringLiteral(flags)))
        {
            return null;
        }

        var regex = RegexCache.Get(((Literal)pattern!).Value, (flags as Literal)?.Value ?? "");
        if (regex is null)
        {
            return null;
        }

        string? netReplacement = RegexCache.TranslateReplacement(((Literal)replacement!).Value);
        return netReplacement is null ? null : SameKind(regex.Replace(t.Value, netReplacement), t);
    }

    public static Term? LangMatches(Term? tag, Term? range)
    {
        if (!Operators.IsStringLiteral(tag) || !Operators.IsStringLiteral(range))
        {
            return null;
        }

        string t = ((Literal)tag!).Value;
        string r = ((Literal)range!).Value;
        if (r == "*")
        {
            return Literal.Boolean(t.Length > 0);
        }

        return Literal.Boolean(string.Equals(t, r, StringComparison.OrdinalIgnoreCase)
            || (t.Length > r.Length && t[r.Length] == '-' && t.StartsWith(r, StringComparison.OrdinalIgnoreCase)));
    }

    public static Term? StrLang(Term? value, Term? lang)
    {
        if (!Operators.IsStringLiteral(value) || !Operators.IsStringLiteral(lang))
        {
            return null;
        }

        string tag = ((Literal)lang!).Value;
        if (tag.Length == 0 || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        return Literal.LanguageTagged(((Literal)value!).Value, tag);
    }

    public static Term? StrDt(Term? value, Term? datatype)
    {
        if (!Operators.IsStringLiteral(value) || datatype is not Iri dt)
        {
            return null;
        }

        if (dt.Equals(RdfVocabulary.LangString))
        {
            return null;
        }

        return Literal.Typed(((Literal)value!).Value, dt);
    }
}
