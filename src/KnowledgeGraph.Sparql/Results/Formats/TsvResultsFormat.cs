using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Formats;

/// <summary>SPARQL 1.1 Query Results TSV Format: terms in SPARQL/Turtle syntax, tab separated, LF line ends.</summary>
internal static class TsvResultsFormat
{
    public static void Write(SolutionsResult result, TextWriter w)
    {
        w.Write(string.Join("\t", result.Variables.Select(v => "?" + v)));
        w.Write('\n');
        foreach (var s in result)
        {
            for (int i = 0; i < s.Variables.Count; i++)
            {
                if (i > 0)
                {
                    w.Write('\t');
                }

                if (s[i] is { } t)
                {
                    w.Write(Format(t));
                }
            }

            w.Write('\n');
        }
    }

    /// <summary>A term in TSV syntax: N-Triples, except integers, decimals and doubles in their short Turtle form.</summary>
    public static string Format(Term t)
    {
        if (t is Literal l && l.Language is null
            && ((l.Datatype.Equals(Xsd.Integer) && IsPlainNumber(l.Value, false)) || (l.Datatype.Equals(Xsd.Decimal) && l.Value.Contains('.', StringComparison.Ordinal) && IsPlainNumber(l.Value, true))))
        {
            return l.Value;
        }

        return t.ToString();
    }

    private static bool IsPlainNumber(string s, bool allowDot)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        bool digits = false;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits = true;
            }
            else if (allowDot && s[i] == '.' && !dot && i + 1 < s.Length)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits;
    }

    public static QueryResult Read(TextReader reader)
    {
        string? header = reader.ReadLine();
        if (header is null)
        {
            return new SolutionsResult([], new List<Solution>());
        }

        var vars = header.Split('\t').Select(v => v.Trim().TrimStart('?', '$')).Where(v => v.Length > 0).ToList();
        var solutions = new List<Solution>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cells = line.Split('\t');
            var values = new Term?[vars.Count];
            for (int i = 0; i < vars.Count && i < cells.Length; i++)
            {
                string cell = cells[i].Trim();
                values[i] = cell.Length == 0 ? null : ParseTerm(cell);
            }

            solutions.Add(new Solution(vars, values));
        }

        return new SolutionsResult(vars, solutions);
    }

    public static Term ParseTerm(string s)
    {
        if (s.StartsWith('<') && s.EndsWith('>'))
        {
            return Iri.Unchecked(s[1..^1]);
        }

        if (s.StartsWith("_:", StringComparison.Ordinal))
        {
            return new BlankNode(s[2..]);
        }

        if (s.StartsWith('"'))
        {
            int end = s.LastIndexOf('"');
            string body = Unescape(s[1..end]);
            string rest = s[(end + 1)..];
            if (rest.StartsWith('@'))
            {
                return Literal.LanguageTagged(body, rest[1..]);
            }

            if (rest.StartsWith("^^<", StringComparison.Ordinal))
            {
                return Literal.Typed(body, Iri.Unchecked(rest[3..^1]));
            }

            return Literal.Create(body);
        }

        if (s is "true" or "false")
        {
            return Literal.Typed(s, Xsd.Boolean);
        }

        if (s.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return Literal.Typed(s, Xsd.Double);
        }

        if (s.Contains('.', StringComparison.Ordinal))
        {
            return Literal.Typed(s, Xsd.Decimal);
        }

        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return Literal.Typed(s, Xsd.Integer);
        }

        throw new FormatException($"Cannot read '{s}' as an RDF term in TSV results.");
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            char e = s[++i];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 < s.Length:
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U' when i + 8 < s.Length:
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }
}
