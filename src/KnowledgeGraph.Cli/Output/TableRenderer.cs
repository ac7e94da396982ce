using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Renders solutions as an aligned text table: IRIs as prefixed names where a prefix fits, plain numbers and booleans,
/// and long cells shortened with an ellipsis so that the table fits <c>width</c> columns. Literals lose their end;
/// IRIs lose their middle, because what tells two of them apart is usually their last segment
/// (<c>kg:text/…/quote/249-438/person-a</c> and <c>kg:text/…/quote/403-438/group-b</c>).
/// </summary>
internal sealed class TableRenderer(PrefixMap prefixes, int width)
{
    private const int MinimumColumn = 8;

    public void Render(SolutionsResult result, TextWriter output)
    {
        var vars = result.Variables;
        var rows = result.Select(s => Enumerable.Range(0, vars.Count).Select(i => Cell(s[i])).ToArray()).ToList();
        var widths = vars.Select((v, i) => Math.Max(v.Length + 1, rows.Count == 0 ? 0 : rows.Max(r => r[i].Text.Length))).ToArray();
        Fit(widths);
        string separator = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(separator);
        output.WriteLine(Line(vars.Select(v => new TableCell("?" + v, false)).ToArray(), widths));
        output.WriteLine(separator);
        foreach (var r in rows)
        {
            output.WriteLine(Line(r, widths));
        }

        output.WriteLine(separator);
        output.WriteLine(rows.Count == 1 ? "1 solution" : rows.Count.ToString(CultureInfo.InvariantCulture) + " solutions");
    }

    // Caps the widest columns at one common width, the largest that lets the table fit (never below
    // MinimumColumn), so narrow columns stay whole and the wide ones share the rest evenly.
    private void Fit(int[] widths)
    {
        int overhead = (3 * widths.Length) + 1;
        int Total(int cap) => widths.Sum(w => Math.Min(w, cap)) + overhead;
        int max = widths.DefaultIfEmpty(0).Max();
        if (Total(max) <= width)
        {
            return;
        }

        int cap = MinimumColumn;
        while (cap < max && Total(cap + 1) <= width)
        {
            cap++;
        }

        // Hand out what the common cap leaves over, one column at a time, to the columns that were cut.
        int spare = width - Total(cap);
        for (int i = 0; i < widths.Length; i++)
        {
            bool cut = widths[i] > cap;
            widths[i] = Math.Min(widths[i], cap);
            if (cut && spare > 0)
            {
                widths[i]++;
                spare--;
            }
        }
    }

    private static string Line(TableCell[] cells, int[] widths)
    {
        var sb = new StringBuilder("|");
        for (int i = 0; i < cells.Length; i++)
        {
            string c = cells[i].Text;
            if (c.Length > widths[i])
            {
                c = cells[i].KeepEnd ? TextTable.TruncateMiddle(c, widths[i]) : TextTable.Truncate(c, widths[i]);
            }

            sb.Append(' ').Append(c.PadRight(widths[i])).Append(" |");
        }

        return sb.ToString();
    }

    private TableCell Cell(Term? term) => term is null ? new TableCell("", false) : new TableCell(Format(term), term is Iri);

    /// <summary>A term for display: prefixed name or &lt;iri&gt;, literal in Turtle style, blank node as _:label.</summary>
    public string Format(Term t)
    {
        switch (t)
        {
            case Iri iri:
                return Shorten(iri.Value);
            case BlankNode b:
                return "_:" + b.Label;
            case Literal l:
                {
                    string text = l.Value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
                    if (l.Language is not null)
                    {
                        return "\"" + text + "\"@" + l.Language;
                    }

                    if (l.Datatype.Equals(Xsd.String))
                    {
                        return "\"" + text + "\"";
                    }

                    if (l.Datatype.Equals(Xsd.Boolean) || (Xsd.IsNumericType(l.Datatype) && IsNumber(text)))
                    {
                        return text;
                    }

                    return "\"" + text + "\"^^" + Shorten(l.Datatype.Value);
                }

            default:
                return t.ToString();
        }
    }

    // A well-formed numeric literal reads as its number; an ill-formed one keeps its datatype, so it stands out.
    private static bool IsNumber(string lexical) =>
        double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || lexical is "INF" or "-INF" or "NaN";

    /// <summary>A cell's text, and whether cutting it should keep its end rather than its start.</summary>
    private readonly record struct TableCell(string Text, bool KeepEnd);

    // For reading, not parsing: local parts may hold '/' (kg:entity/person/ada-kerr), which Turtle would escape.
    private string Shorten(string iri)
    {
        if (prefixes.TryShorten(iri, out string prefix, out string local) && local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '%') && !local.EndsWith('.') && !local.StartsWith('/'))
        {
            return prefix + ":" + local;
        }

        return "<" + iri + ">";
    }
}
