using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// A plain-text table with aligned columns that fits a given width: the widest columns give up space first and
/// their cells end in "…". Numeric columns are right-aligned. Line breaks inside cells are shown as "⏎".
/// </summary>
internal sealed class TextTable
{
    private const int MinColumnWidth = 6;
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(headers.Length);
        _headers = headers;
    }

    public int RowCount => _rows.Count;

    public TextTable AddRow(params string?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add([.. cells.Select(Clean)]);
        return this;
    }

    /// <summary>Writes the table, at most <paramref name="width"/> characters wide (when the columns can shrink that far).</summary>
    public void Write(TextWriter writer, int width)
    {
        var widths = ColumnWidths(width);
        var numeric = Enumerable.Range(0, _headers.Length)
            .Select(c => _rows.Count > 0 && _rows.All(r => r[c].Length == 0 || IsNumber(r[c])))
            .ToArray();
        WriteLine(writer, _headers, widths, numeric);
        writer.WriteLine(string.Join(Gap, widths.Select(w => new string('─', w))));
        foreach (var row in _rows)
        {
            WriteLine(writer, row, widths, numeric);
        }
    }

    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, int.MaxValue);
        return writer.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="width"/> characters, ending in "…" when cut.</summary>
    internal static string Truncate(string text, int width)
    {
        if (text.Length <= width)
        {
            return text;
        }

        if (width <= 1)
        {
            return width == 1 ? "…" : string.Empty;
        }

        var cut = width - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to <paramref name="width"/> characters by replacing its middle with "…": the
    /// first third stays, and the rest of the room goes to the end.
    /// </summary>
    internal static string TruncateMiddle(string text, int width)
    {
        if (text.Length <= width || width < 5)
        {
            return Truncate(text, width);
        }

        int head = (width - 1) / 3;
        int tail = width - 1 - head;
        if (char.IsHighSurrogate(text[head - 1]))
        {
            head--;
            tail++;
        }

        if (char.IsLowSurrogate(text[^tail]))
        {
            tail--;
        }

        return text[..head] + "…" + text[^tail..];
    }

    private int[] ColumnWidths(int width)
    {
        var widths = _headers.Select((h, c) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[c].Length))).ToArray();
        var available = width - (Gap.Length * (widths.Length - 1));
        while (widths.Sum() > available)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            var floor = Math.Min(MinColumnWidth, widths[widest]);
            if (widths[widest] <= floor)
            {
                break;
            }

            widths[widest]--;
        }

        return widths;
    }

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths, bool[] numeric)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = Truncate(cells[c], widths[c]);
            var pad = new string(' ', widths[c] - cell.Length);
            if (c > 0)
            {
                line.Append(Gap);
            }

            line.Append(numeric[c] ? pad + cell : cell + (c == cells.Length - 1 ? string.Empty : pad));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Clean(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(cell.Length);
        foreach (var ch in cell)
        {
            builder.Append(ch switch
            {
                '\n' => '⏎',
                '\r' => ' ',
                '\t' => ' ',
                _ when char.IsControl(ch) => '�',
                _ => ch,
            });
        }

        return builder.ToString();
    }
}
