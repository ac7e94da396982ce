using System.Text;
using KnowledgeGraph.Extraction.Articles;
using static KnowledgeGraph.Extraction.Tests.Articles.ArticleReading;

namespace KnowledgeGraph.Extraction.Tests.Articles;

public sealed class PlainTextArticleTests
{
    [Fact]
    public async Task Seed_article_title_is_its_first_line_and_caption_and_footer_are_excluded()
    {
        var seed = Path.Combine(RepositoryRoot(), "seeds", "000_7e69e3a040055828.txt");

        var result = Assert.Single(await ReadAllAsync(seed));

        var article = result.Article!;
        Assert.Equal("000_7e69e3a040055828", article.Id);
        Assert.Equal("Azerbaijan says it sees amnesty for Karabakh fighters who lay down arms", article.Title);
        var excluded = article.ExcludedSpans.Select(s => s.Of(article.Text)).ToList();
        Assert.Equal(2, excluded.Count);
        Assert.StartsWith("Armenian police officers guard the entrance", excluded[0], StringComparison.Ordinal);
        Assert.EndsWith("(AFP)", excluded[0], StringComparison.Ordinal);
        Assert.Equal("More from International News", excluded[1]);
        Assert.StartsWith("Azerbaijan says", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_service_footer_lines_are_excluded_but_the_last_paragraph_is_kept()
    {
        const string text = "Rebels take the town\n\nThe rebels said they took the town on Monday.\n\n" +
                            "\"We will hold it,\" a commander said.\n\n" +
                            "Reporting by Jane Doe in Kyiv; Editing by John Smith\n\n" +
                            "Our Standards: The Thomson Reuters Trust Principles.\n\nSign up here.\n";

        var article = PlainTextArticleReader.Read("a", "a.txt", text);

        var excluded = article.ExcludedSpans.Select(s => s.Of(text)).ToList();
        Assert.Equal(
            ["Reporting by Jane Doe in Kyiv; Editing by John Smith", "Our Standards: The Thomson Reuters Trust Principles.", "Sign up here."],
            excluded);
    }

    [Fact]
    public void Headline_list_after_more_from_is_excluded()
    {
        const string text = "Title\n\nThe minister said the talks failed.\n\nMore from World\nTalks stall in Geneva\nFloods hit the coast\n";

        var article = PlainTextArticleReader.Read("a", "a.txt", text);

        Assert.Equal(
            ["More from World", "Talks stall in Geneva", "Floods hit the coast"],
            article.ExcludedSpans.Select(s => s.Of(text)));
    }

    [Theory]
    [InlineData("A man walks past a damaged building in Kharkiv, Ukraine, May 3, 2024. REUTERS/Jane Doe")]
    [InlineData("FILE PHOTO: Soldiers stand guard at a checkpoint")]
    [InlineData("Protesters gather outside parliament (Photo: Jane Doe/Getty Images)")]
    public void Photo_captions_are_recognised(string line) => Assert.True(BoilerplateDetector.IsCaption(line));

    [Theory]
    [InlineData("The president said the army controls the city (and the airport).")]
    [InlineData("Reuters reported that the talks had stalled.")]
    public void Reporting_is_not_a_caption(string line) => Assert.False(BoilerplateDetector.IsCaption(line));

    [Fact]
    public async Task Crlf_line_ends_become_lf_and_text_is_nfc()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", "Cafe\u0301 opens\r\n\r\nThe cafe\u0301 opened.\r\n");

        var article = Assert.Single(await ReadAllAsync(path)).Article!;

        Assert.Equal("Café opens\n\nThe café opened.\n", article.Text);
        Assert.Equal("Café opens", article.Title);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task Byte_order_marks_select_the_encoding(string encoding)
    {
        using var folder = new TempFolder();
        const string text = "Zürich talks\n\nŞuşa and Xankəndi were discussed.";
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };
        var path = folder.Write("story.txt", bytes);

        var article = Assert.Single(await ReadAllAsync(path)).Article!;

        Assert.Equal(text, article.Text);
    }

    [Fact]
    public async Task Binary_invalid_and_empty_files_are_failures_with_reasons()
    {
        using var folder = new TempFolder();
        var binary = folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var latin = folder.Write("latin.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        var empty = folder.Write("empty.txt", []);
        var blank = folder.Write("blank.txt", "  \n\n ");

        var results = await ReadAllAsync(binary, latin, empty, blank);

        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Contains("binary", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("empty", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("empty", results[3].Error, StringComparison.Ordinal);
        Assert.Equal(binary, results[0].Origin);
    }

    [Fact]
    public async Task Missing_path_is_a_failure_and_reading_goes_on()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "Title\n\nBody.");

        var results = await ReadAllAsync(Path.Combine(folder.Path, "missing.txt"), good);

        Assert.Equal("no such file or folder", results[0].Error);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash_and_gets_a_content_derived_id()
    {
        var options = new ArticleSourceOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("Piped title\n\nPiped body.")) };

        var first = Assert.Single(await ReadAllAsync(options, "-")).Article!;
        var second = Assert.Single(await ReadAllAsync(options, "-")).Article!;

        Assert.Equal("Piped title", first.Title);
        Assert.Equal(ArticleSource.StandardInputOrigin, first.Origin);
        Assert.StartsWith("stdin-", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, second.Id);
    }
}
