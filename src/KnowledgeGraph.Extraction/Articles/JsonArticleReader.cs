using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Articles from JSON records: <c>id</c> (string or number) and <c>text</c> are required; <c>title</c>,
/// <c>date</c> (or <c>datePublished</c>), <c>url</c> (or <c>source_url</c>), <c>source</c>, <c>author</c> and
/// <c>language</c> are optional. Other members are ignored.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Reads one JSON Lines record.</summary>
    public static ArticleReadResult ReadLine(string line, string origin)
    {
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return FromElement(json.RootElement, origin);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failure(origin, "malformed JSON: " + FirstSentence(e.Message));
        }
    }

    /// <summary>Reads a <c>.json</c> file: one record, or an array of records (origins <c>file.json[i]</c>).</summary>
    public static IEnumerable<ArticleReadResult> ReadDocument(string json, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return [ArticleReadResult.Failure(origin, "malformed JSON: " + FirstSentence(e.Message))];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [FromElement(root, origin)];
            }

            return root.EnumerateArray()
                .Select((item, i) => FromElement(item, string.Create(CultureInfo.InvariantCulture, $"{origin}[{i}]")))
                .ToList();
        }
    }

    private static ArticleReadResult FromElement(JsonElement record, string origin)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Failure(origin, $"expected a JSON object, found {Describe(record.ValueKind)}");
        }

        var id = record.TryGetProperty("id", out var idValue)
            ? idValue.ValueKind switch
            {
                JsonValueKind.String => idValue.GetString(),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => null,
            }
            : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return ArticleReadResult.Failure(origin, "missing \"id\" (a string or number)");
        }

        var rawText = String(record, "text");
        if (rawText is null)
        {
            return ArticleReadResult.Failure(origin, $"article \"{id}\": missing \"text\" (a string)");
        }

        var text = TextNormalizer.Normalize(rawText);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReadResult.Failure(origin, $"article \"{id}\": empty \"text\"");
        }

        var dateText = String(record, "date") ?? String(record, "datePublished");
        var date = ArticleDates.Parse(dateText);
        if (dateText is not null && date is null)
        {
            return ArticleReadResult.Failure(origin, $"article \"{id}\": \"date\" is not a date: {dateText}");
        }

        var title = String(record, "title");
        return ArticleReadResult.Success(new Article
        {
            Id = id.Trim(),
            Origin = origin,
            Text = text,
            Title = title is null ? null : TextNormalizer.Normalize(title),
            Date = date,
            Url = String(record, "url") ?? String(record, "source_url"),
            Source = String(record, "source"),
            Author = String(record, "author"),
            Language = String(record, "language") ?? String(record, "lang"),
            ExcludedSpans = BoilerplateDetector.Find(text, title is null ? 1 : 0),
        });
    }

    private static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 5." which repeats the origin;
    // keep the message and the byte position.
    private static string FirstSentence(string message)
    {
        var cut = message.Length;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }

        var position = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        var column = position >= 0 ? " (at byte " + message[(position + 20)..].TrimEnd('.', ' ') + ")" : string.Empty;
        return message[..cut].TrimEnd() + column;
    }
}
