using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Cli.Extraction;

/// <summary>
/// Reads articles for <c>kg extract</c>: <c>.txt</c> files (the first non-empty line is the title), <c>.jsonl</c>
/// files (<c>{"id","text"}</c> with optional title, date, url) and folders of these. Kept apart from the command so
/// that richer readers can replace it.
/// </summary>
internal static class ArticleInputReader
{
    public static async IAsyncEnumerable<Article> ReadAsync(IEnumerable<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    {
                        await foreach (var a in ReadFileAsync(file, cancellationToken))
                        {
                            yield return a;
                        }
                    }
                }

                continue;
            }

            await foreach (var a in ReadFileAsync(input, cancellationToken))
            {
                yield return a;
            }
        }
    }

    private static async IAsyncEnumerable<Article> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}:1:1: no such file", path);
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var line = 0;
            using var reader = new StreamReader(path);
            while (await reader.ReadLineAsync(cancellationToken) is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                yield return ParseRecord(text, path, line);
            }

            yield break;
        }

        var body = (await File.ReadAllTextAsync(path, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var title = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        yield return new Article
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Text = body,
            Title = title,
            Origin = path,
        };
    }

    private static Article ParseRecord(string json, string path, int line)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(id) || text is null)
            {
                throw new InvalidDataException($"{path}:{line}:1: a record needs \"id\" and \"text\"");
            }

            DateOnly? date = null;
            if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }

            return new Article
            {
                Id = id,
                Text = text,
                Title = String(root, "title"),
                Url = String(root, "url") ?? String(root, "source_url"),
                Date = date,
                Origin = $"{path}:{line}",
            };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{line}:{(e.BytePositionInLine ?? 0) + 1}: {e.Message}", e);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
