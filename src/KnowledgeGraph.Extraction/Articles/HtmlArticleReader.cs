using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Extraction.Facts;
using Reader = SmartReader.Reader;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// An article from a web page: metadata from meta tags and JSON-LD, the main content found by SmartReader
/// (falling back to the page body), rendered as paragraphs under the headline.
/// </summary>
internal static partial class HtmlArticleReader
{
    // How far into a page the charset declaration may be (the HTML standard prescans 1024 bytes; be generous).
    private const int CharsetPrescanBytes = 4096;

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or http-equiv), or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetPrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    public static Article Read(string id, string origin, string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var paragraphs = MainContent(document, metadata.Url);

        var text = new StringBuilder();
        var captions = new List<TextSpan>();
        var headline = metadata.Headline is null ? null : TextNormalizer.Normalize(metadata.Headline);
        if (headline is not null)
        {
            text.Append(headline);
        }

        var headlineSeen = false;
        foreach (var (raw, caption) in paragraphs)
        {
            var paragraph = TextNormalizer.Normalize(raw);
            if (!headlineSeen && string.Equals(paragraph, headline, StringComparison.Ordinal))
            {
                // The content repeats the headline as a heading; it is already the first line.
                headlineSeen = true;
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            headline ??= paragraph;
            var start = text.Length;
            text.Append(paragraph);
            if (caption)
            {
                captions.Add(new TextSpan(start, text.Length));
            }
        }

        // Paragraphs are NFC and joined by line breaks, so the whole text is NFC and caption offsets hold.
        var body = text.ToString();
        var excluded = captions.Concat(BoilerplateDetector.Find(body))
            .Distinct()
            .OrderBy(s => s.Start)
            .ToList();
        return new Article
        {
            Id = id,
            Origin = origin,
            Text = body,
            Title = headline,
            Date = metadata.Date,
            Url = metadata.Url,
            Author = metadata.Author,
            Source = metadata.Source,
            Language = metadata.Language,
            ExcludedSpans = excluded,
        };
    }

    private static IReadOnlyList<(string Text, bool Caption)> MainContent(IHtmlDocument document, string? url)
    {
        var pageUrl = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : "https://localhost/article";
        // SmartReader edits the document it is given; the metadata has already been read from it.
        var reader = new Reader(pageUrl, document) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
        {
            var content = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + article.Content + "</body></html>");
            var paragraphs = HtmlTextRenderer.Render(content.Body!);
            if (paragraphs.Count > 0)
            {
                return paragraphs;
            }
        }

        var container = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ??
                        document.QuerySelector("main") ?? document.Body;
        return container is null ? [] : HtmlTextRenderer.Render(container);
    }

    [GeneratedRegex(
        """<meta[^>]+?charset\s*=\s*["']?(?<charset>[A-Za-z0-9_.:\-]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
