using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.EndToEnd.Tests.Output;

public sealed class TextTableTests
{
    private static string[] Render(TextTable table, int width)
    {
        using var writer = new StringWriter();
        table.Write(writer, width);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Columns_are_aligned_and_numbers_right_aligned()
    {
        var table = new TextTable("speaker", "quotes").AddRow("Hikmet Hajiyev", "4").AddRow("Ilham Aliyev", "12");

        var lines = Render(table, 80);

        Assert.Equal(
            ["speaker         quotes", "──────────────  ──────", "Hikmet Hajiyev       4", "Ilham Aliyev        12"],
            lines);
    }

    [Fact]
    public void Long_cells_are_truncated_with_an_ellipsis_to_fit_the_width()
    {
        var quote = string.Concat(Enumerable.Repeat("we are envisaging an amnesty ", 10));
        var table = new TextTable("speaker", "text").AddRow("Hajiyev", quote);

        var lines = Render(table, 60);

        Assert.All(lines, l => Assert.True(l.Length <= 60, l));
        Assert.EndsWith("…", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Hajiyev  we are envisaging", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_cells_do_not_break_rows()
    {
        var table = new TextTable("a").AddRow("one\ntwo");

        Assert.Equal("one⏎two", Render(table, 80)[2]);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        Assert.Equal("ab…", TextTable.Truncate("ab😀cd", 4));
    }

    [Fact]
    public void Iris_become_prefixed_names_and_literals_plain_text()
    {
        var formatter = new TermFormatter();

        Assert.Equal("schema:Person", formatter.Format(Iri.Parse("http://schema.org/Person")));
        Assert.Equal("kg:person/ilham-aliyev", formatter.Format(Iri.Parse("https://w3id.org/knowledgegraph/id/person/ilham-aliyev")));
        Assert.Equal("<http://example.org/a b?>", formatter.Format(Iri.Unchecked("http://example.org/a b?")));
        Assert.Equal("0.9", formatter.Format(Literal.Typed("0.9", KnowledgeGraph.Rdf.Vocabularies.Xsd.Decimal)));
        Assert.Equal(string.Empty, formatter.Format(null));
    }

    [Fact]
    public void Middle_truncation_keeps_both_ends_and_never_splits_a_surrogate_pair()
    {
        Assert.Equal("kg:t…/person-a", TextTable.TruncateMiddle("kg:text/2201092cd3de2c9a/quote/249-438/person-a", 14));
        Assert.Equal("a…cdefgh", TextTable.TruncateMiddle("a😀bbbbbbbbbbcdefgh", 8));
        Assert.Equal("ab…", TextTable.TruncateMiddle("ab😀cd", 4));
    }

    [Fact]
    public void Query_tables_cut_iris_in_the_middle_so_rows_that_differ_at_the_end_stay_distinct()
    {
        string[] vars = ["fact", "begin", "note"];
        const string Base = "https://w3id.org/knowledgegraph/id/text/2201092cd3de2c9a/quote/249-438/";
        var quote = string.Concat(Enumerable.Repeat("we are envisaging an amnesty ", 4));
        var result = new SolutionsResult(vars, new List<Solution>
        {
            new(vars, [Iri.Unchecked(Base + "person-hikmet-hajiyev"), Literal.Typed("249", Xsd.NonNegativeInteger), Literal.Create(quote)]),
            new(vars, [Iri.Unchecked(Base + "group-karabakh-units"), Literal.Typed("abc", Xsd.NonNegativeInteger), Literal.Create(quote)]),
        });
        var prefixes = PrefixMap.CreateWellKnown();
        foreach (var (prefix, ns) in TermFormatter.ProjectPrefixes)
        {
            prefixes.Set(prefix, ns);
        }

        using var writer = new StringWriter();
        new TableRenderer(prefixes, 80).Render(result, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 80, l));
        Assert.Contains("hikmet-hajiyev |", lines[3], StringComparison.Ordinal);
        Assert.Contains("karabakh-units |", lines[4], StringComparison.Ordinal);
        Assert.Contains("| 249 ", lines[3], StringComparison.Ordinal);
        Assert.Contains("\"abc\"^^xsd:", lines[4], StringComparison.Ordinal);
        Assert.Contains("\"we are envisaging", lines[3], StringComparison.Ordinal);
    }
}
