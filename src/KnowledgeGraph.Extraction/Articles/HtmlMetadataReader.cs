using System.Text.Json;
using AngleSharp.Dom;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Reads a page's headline, date, author, URL, publisher and language. Embedded schema.org JSON-LD (a NewsArticle or
/// other Article) wins over Open Graph and article: meta tags, which win over plain HTML (canonical link, title).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting",
    };

    public static HtmlMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle(document);
        return new HtmlMetadata
        {
            Headline = First(
                jsonLd?.Headline,
                Meta(document, "og:title"),
                Meta(document, "twitter:title"),
                document.QuerySelector("h1")?.TextContent,
                document.Title),
            Date = ArticleDates.Parse(First(
                jsonLd?.Date,
                Meta(document, "article:published_time"),
                Meta(document, "datePublished"),
                Meta(document, "date"),
                Meta(document, "pubdate"),
                Meta(document, "dc.date"),
                Meta(document, "dcterms.date"),
                document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))),
            Author = First(jsonLd?.Author, Meta(document, "author"), NonUrl(Meta(document, "article:author"))),
            Url = First(
                jsonLd?.Url,
                document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"),
                Meta(document, "og:url")),
            Source = First(jsonLd?.Publisher, Meta(document, "og:site_name"), Meta(document, "application-name")),
            Language = First(jsonLd?.Language, document.DocumentElement?.GetAttribute("lang"), Meta(document, "og:locale")),
        };
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? NonUrl(string? value) =>
        value is not null && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                              value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? null
            : value;

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return CollapseSpaces(value);
            }
        }

        return null;
    }

    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static JsonLdFields? JsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                if (FindArticle(json.RootElement) is { } article)
                {
                    return Fields(article);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on the web; the meta tags still describe the page.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticle(element))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(LocalType(type.GetString()!)),
            JsonValueKind.Array => type.EnumerateArray().Any(t =>
                t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(LocalType(t.GetString()!))),
            _ => false,
        };
    }

    private static string LocalType(string type)
    {
        var cut = Math.Max(type.LastIndexOf('/'), type.LastIndexOf(':'));
        return cut >= 0 ? type[(cut + 1)..] : type;
    }

    private static JsonLdFields Fields(JsonElement article) => new(
        Headline: Text(article, "headline") ?? Text(article, "name"),
        Date: Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Author: Names(article, "author"),
        Url: Text(article, "url") ?? Id(article, "mainEntityOfPage"),
        Publisher: Names(article, "publisher"),
        Language: Text(article, "inLanguage"));

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Object when value.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String =>
                inner.GetString(),
            _ => null,
        };
    }

    private static string? Id(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        };
    }

    // A person or organisation may be a string, an object with a name, or an array of either.
    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = new List<string>();
        void Add(JsonElement item)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(value);
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private sealed record JsonLdFields(string? Headline, string? Date, string? Author, string? Url, string? Publisher, string? Language);
}
