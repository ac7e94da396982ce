using System.Text;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Formats terms in Turtle/TriG syntax: prefixed names when valid, literal shorthands, long strings.</summary>
internal sealed class TurtleSyntax
{
    private readonly PrefixMap _prefixes;
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blankLabels = new(StringComparer.Ordinal);

    public TurtleSyntax(PrefixMap prefixes) => _prefixes = prefixes;

    /// <summary>The prefixes that <see cref="Format"/> used, in the prefix map's order.</summary>
    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes => _prefixes.Entries.Where(e => _usedPrefixes.Contains(e.Key));

    public string Format(Term term) => term switch
    {
        Iri iri => FormatIri(iri),
        BlankNode bn => "_:" + BlankLabel(bn.Label),
        Literal literal => FormatLiteral(literal),
        TripleTerm tt => "<<( " + Format(tt.Triple.Subject) + " " + Format(tt.Triple.Predicate) + " " + Format(tt.Triple.Object) + " )>>",
        _ => throw new ArgumentException($"{term} cannot be written in Turtle.", nameof(term)),
    };

    public string FormatPredicate(Term predicate) => predicate.Equals(RdfVocabulary.Type) ? "a" : Format(predicate);

    public string FormatIri(Iri iri)
    {
        if (_prefixes.TryShorten(iri.Value, out string prefix, out string local) && IsPrefix(prefix))
        {
            string? escaped = EscapeLocal(local);
            if (escaped is not null)
            {
                _usedPrefixes.Add(prefix);
                return prefix + ":" + escaped;
            }
        }

        return "<" + NTriplesEscaping.EscapeIri(iri.Value) + ">";
    }

    private string FormatLiteral(Literal literal)
    {
        if (literal.Language is null)
        {
            string dt = literal.Datatype.Value;
            string v = literal.Value;
            if ((dt == Xsd.Namespace + "integer" && IsInteger(v))
                || (dt == Xsd.Namespace + "decimal" && IsDecimal(v))
                || (dt == Xsd.Namespace + "double" && IsDouble(v))
                || (dt == Xsd.Namespace + "boolean" && v is "true" or "false"))
            {
                return v;
            }
        }

        string quoted = Quote(literal.Value);
        if (literal.Language is not null)
        {
            return quoted + "@" + literal.Language + (literal.Direction is null ? "" : "--" + literal.Direction);
        }

        return literal.Datatype.Equals(Xsd.String) ? quoted : quoted + "^^" + FormatIri(literal.Datatype);
    }

    /// <summary>A string in quotes; text with line breaks uses the long form so that it stays readable.</summary>
    public static string Quote(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            return "\"" + NTriplesEscaping.EscapeString(value) + "\"";
        }

        var sb = new StringBuilder(value.Length + 8);
        sb.Append("\"\"\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append('\n'); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append('\t'); break;
                default:
                    if (c < 0x20 || c == 0x7F || c >= 0xFFFE)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        // Lone surrogates cannot be encoded; reuse the short-form escaping for them.
        string body = sb.ToString();
        if (body.Any(char.IsSurrogate) && !IsWellFormedUtf16(value))
        {
            return "\"" + NTriplesEscaping.EscapeString(value) + "\"";
        }

        return body + "\"\"\"";
    }

    private static bool IsWellFormedUtf16(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private string BlankLabel(string label)
    {
        if (IsBlankLabel(label))
        {
            return label;
        }

        if (!_blankLabels.TryGetValue(label, out string? safe))
        {
            safe = "b" + _blankLabels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
            _blankLabels[label] = safe;
        }

        return safe;
    }

    private static bool IsBlankLabel(string label)
    {
        if (label.Length == 0 || label[^1] == '.')
        {
            return false;
        }

        int i = 0;
        foreach (var rune in label.EnumerateRunes())
        {
            int c = rune.Value;
            bool ok = i == 0 ? CharClasses.IsPnCharsU(c) || (c >= '0' && c <= '9') : CharClasses.IsPnChars(c) || c == '.';
            if (!ok)
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool IsPrefix(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        if (prefix[^1] == '.')
        {
            return false;
        }

        int i = 0;
        foreach (var rune in prefix.EnumerateRunes())
        {
            int c = rune.Value;
            if (!(i == 0 ? CharClasses.IsPnCharsBase(c) : CharClasses.IsPnChars(c) || c == '.'))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>The local part written as PN_LOCAL with backslash escapes, or null when it cannot be written.</summary>
    internal static string? EscapeLocal(string local)
    {
        var sb = new StringBuilder(local.Length + 4);
        var runes = local.EnumerateRunes().ToList();
        for (int i = 0; i < runes.Count; i++)
        {
            int c = runes[i].Value;
            bool last = i == runes.Count - 1;
            if (c == '%' && i + 2 < runes.Count + 0 && CharClasses.HexValue(runes[i + 1].Value) >= 0 && CharClasses.HexValue(runes[i + 2].Value) >= 0)
            {
                sb.Append('%').Append((char)runes[i + 1].Value).Append((char)runes[i + 2].Value);
                i += 2;
                continue;
            }

            bool ok = c == ':'
                || (i == 0 ? CharClasses.IsPnCharsU(c) || (c >= '0' && c <= '9') : CharClasses.IsPnChars(c) || (c == '.' && !last));
            if (ok)
            {
                sb.Append(runes[i].ToString());
            }
            else if (c < 0x80 && "_~.-!$&'()*+,;=/?#@%".Contains((char)c, StringComparison.Ordinal))
            {
                sb.Append('\\').Append((char)c);
            }
            else
            {
                return null;
            }
        }

        return sb.ToString();
    }

    private static bool IsInteger(string v)
    {
        int i = v.Length > 0 && v[0] is '+' or '-' ? 1 : 0;
        return i < v.Length && v.AsSpan(i).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsDecimal(string v)
    {
        int i = v.Length > 0 && v[0] is '+' or '-' ? 1 : 0;
        int dot = v.IndexOf('.', StringComparison.Ordinal);
        return dot >= i && dot < v.Length - 1
            && v.AsSpan(i, dot - i).IndexOfAnyExceptInRange('0', '9') < 0
            && v.AsSpan(dot + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsDouble(string v)
    {
        int e = v.IndexOfAny(['e', 'E']);
        if (e <= 0 || e == v.Length - 1)
        {
            return false;
        }

        string mantissa = v[..e];
        string exponent = v[(e + 1)..];
        bool mantissaOk = IsInteger(mantissa) || IsDecimal(mantissa) || (mantissa.EndsWith('.') && IsInteger(mantissa[..^1]));
        return mantissaOk && IsInteger(exponent);
    }
}
