using System.Text;
using KnowledgeGraph.Extraction.Articles;
using static KnowledgeGraph.Extraction.Tests.Articles.ArticleReading;

namespace KnowledgeGraph.Extraction.Tests.Articles;

public sealed class HtmlArticleTests
{
    private const string Paragraphs =
        "<p>The regional governor said on Tuesday that government forces had retaken the port after a week of fighting, " +
        "and that roads to the north would reopen within days.</p>" +
        "<p>\"We have restored order,\" the governor told reporters at a briefing in the capital, adding that aid convoys " +
        "were already on their way to the districts that had been cut off since the start of the month.</p>" +
        "<p>Opposition leaders disputed the account and said their fighters still held several villages outside the city, " +
        "where residents reported shelling overnight.</p>";

    [Fact]
    public void Json_ld_news_article_gives_headline_date_author_and_url()
    {
        const string html = """
            <!DOCTYPE html><html lang="en"><head><title>Port retaken | Example News</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},
             {"@type":["NewsArticle"],"headline":"Government forces retake the port","datePublished":"2024-03-05T09:30:00+02:00",
              "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
              "url":"https://news.example.org/2024/03/port","publisher":{"@type":"Organization","name":"Example News"}}]}
            </script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Government forces retake the port</h1>
            <figure><img src="a.jpg"><figcaption>Residents return to the harbour district on Monday.</figcaption></figure>
            PARAGRAPHS
            </article><footer>© Example News</footer></body></html>
            """;

        var article = HtmlArticleReader.Read("port", "port.html", html.Replace("PARAGRAPHS", Paragraphs, StringComparison.Ordinal));

        Assert.Equal("Government forces retake the port", article.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal("Jane Doe, John Roe", article.Author);
        Assert.Equal("https://news.example.org/2024/03/port", article.Url);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("Government forces retake the port\n\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("\"We have restored order,\" the governor told reporters", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.Single(article.Text.Split("Government forces retake the port"), s => s.Length == 0);
        foreach (var span in article.ExcludedSpans)
        {
            Assert.DoesNotContain("governor", span.Of(article.Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Meta_tags_and_canonical_link_are_used_without_json_ld()
    {
        var html = "<html><head>" +
                   "<meta property=\"og:title\" content=\"Talks collapse in Geneva\">" +
                   "<meta property=\"article:published_time\" content=\"2023-09-21\">" +
                   "<meta name=\"author\" content=\"Ann Smith\">" +
                   "<meta property=\"og:site_name\" content=\"Daily Example\">" +
                   "<link rel=\"canonical\" href=\"https://daily.example.com/geneva\">" +
                   "</head><body><div class=\"story\">" + Paragraphs + "</div></body></html>";

        var article = HtmlArticleReader.Read("geneva", "geneva.html", html);

        Assert.Equal("Talks collapse in Geneva", article.Title);
        Assert.Equal(new DateOnly(2023, 9, 21), article.Date);
        Assert.Equal("Ann Smith", article.Author);
        Assert.Equal("https://daily.example.com/geneva", article.Url);
        Assert.Equal("Daily Example", article.Source);
    }

    [Fact]
    public void Figure_captions_are_excluded_spans()
    {
        var html = "<html><head><title>Floods</title></head><body><article>" +
                   "<figure><img src=\"x.jpg\"><figcaption>Flood water covers a road near the river.</figcaption></figure>" +
                   Paragraphs + "</article></body></html>";

        var article = HtmlArticleReader.Read("floods", "floods.html", html);

        var excluded = article.ExcludedSpans.Select(s => s.Of(article.Text)).ToList();
        Assert.Contains("Flood water covers a road near the river.", excluded);
    }

    [Fact]
    public async Task Declared_windows_1252_charset_is_honoured()
    {
        using var folder = new TempFolder();
        var latin1 = Encoding.Latin1;
        var head = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 reopens</title></head><body><p>";
        var body = "The caf\u00e9 in Li\u00e8ge reopened on Monday, its owner said, after months of repairs that cost more than " +
                   "the building itself and kept the whole street closed to traffic for the entire summer season.</p>";
        var bytes = latin1.GetBytes(head).Concat(new byte[] { 0x93 }).Concat(latin1.GetBytes("Finally")).Concat(new byte[] { 0x94 })
            .Concat(latin1.GetBytes(" " + body + "</body></html>")).ToArray();
        var path = folder.Write("cafe.html", bytes);

        var article = Assert.Single(await ReadAllAsync(path)).Article!;

        Assert.Equal("Café reopens", article.Title);
        Assert.Contains("\u201cFinally\u201d The café in Liège", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_charset_is_found_in_http_equiv_meta()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">");

        Assert.Equal("ISO-8859-1", HtmlArticleReader.DeclaredCharset(bytes));
    }
}
