using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// Reads articles from files, folders (recursively, by extension: .txt, .html, .htm, .jsonl, .json) and standard
/// input (the path <c>-</c>). Every problem (a missing file, a binary or empty file, a malformed JSON line) becomes a
/// failure result with its origin and reason, and reading goes on with the rest.
/// </summary>
public static class ArticleSource
{
    /// <summary>The origin reported for standard input.</summary>
    public const string StandardInputOrigin = "<stdin>";

    // Bytes looked at to tell a binary JSON Lines file from text before reading it line by line.
    private const int BinaryProbeBytes = 8192;

    private static readonly Dictionary<string, ArticleFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.PlainText,
        [".text"] = ArticleFormat.PlainText,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
        [".jsonl"] = ArticleFormat.JsonLines,
        [".ndjson"] = ArticleFormat.JsonLines,
        [".json"] = ArticleFormat.Json,
    };

    /// <summary>Reads every article under <paramref name="paths"/>, in order, with default options.</summary>
    public static IAsyncEnumerable<ArticleReadResult> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ReadAsync(paths, new ArticleSourceOptions(), cancellationToken);

    /// <summary>Reads every article under <paramref name="paths"/>, in order.</summary>
    public static IAsyncEnumerable<ArticleReadResult> ReadAsync(
        IEnumerable<string> paths, ArticleSourceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAllAsync(paths.ToList(), options, cancellationToken);
    }

    /// <summary>Whether a folder walk picks up a file with this name.</summary>
    public static bool IsArticleFile(string path) => Extensions.ContainsKey(Path.GetExtension(path));

    private static async IAsyncEnumerable<ArticleReadResult> ReadAllAsync(
        List<string> paths, ArticleSourceOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == "-")
            {
                await foreach (var result in ReadStandardInputAsync(options, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FolderFiles(path))
                {
                    await foreach (var result in ReadFileAsync(file, Format(file), options, cancellationToken).ConfigureAwait(false))
                    {
                        yield return result;
                    }
                }
            }
            else if (File.Exists(path))
            {
                await foreach (var result in ReadFileAsync(path, Format(path), options, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            else
            {
                yield return ArticleReadResult.Failure(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<string> FolderFiles(string folder)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(folder, "*", enumeration)
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal);
    }

    private static ArticleFormat? Format(string path) =>
        Extensions.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    private static async IAsyncEnumerable<ArticleReadResult> ReadFileAsync(
        string path, ArticleFormat? format, ArticleSourceOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (format == ArticleFormat.JsonLines)
        {
            await foreach (var result in ReadJsonLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }

            yield break;
        }

        byte[] bytes;
        string? error = null;
        try
        {
            var length = new FileInfo(path).Length;
            bytes = length > options.MaxFileBytes ? [] : await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (length > options.MaxFileBytes)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"file too large ({length} bytes; the limit is {options.MaxFileBytes})");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            error = "cannot read: " + e.Message;
        }

        if (error is not null)
        {
            yield return ArticleReadResult.Failure(path, error);
            yield break;
        }

        foreach (var result in FromBytes(bytes, path, Path.GetFileNameWithoutExtension(path), format))
        {
            yield return result;
        }
    }

    private static async IAsyncEnumerable<ArticleReadResult> ReadStandardInputAsync(
        ArticleSourceOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var input = options.StandardInput?.Invoke() ?? Console.OpenStandardInput();
        await using (input.ConfigureAwait(false))
        {
            await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        var bytes = buffer.ToArray();
        var id = "stdin-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        foreach (var result in FromBytes(bytes, StandardInputOrigin, id, format: null))
        {
            yield return result;
        }
    }

    private static IEnumerable<ArticleReadResult> FromBytes(byte[] bytes, string origin, string id, ArticleFormat? format)
    {
        var charset = format is ArticleFormat.Html or null ? HtmlArticleReader.DeclaredCharset(bytes) : null;
        var decoded = TextDecoder.Decode(bytes, charset);
        if (decoded.Error is not null)
        {
            return [ArticleReadResult.Failure(origin, decoded.Error)];
        }

        var text = decoded.Text!;
        return (format ?? Sniff(text)) switch
        {
            ArticleFormat.Html => [ArticleReadResult.Success(HtmlArticleReader.Read(id, origin, text))],
            ArticleFormat.Json => JsonArticleReader.ReadDocument(text, origin),
            ArticleFormat.JsonLines => SplitJsonLines(text, origin),
            _ => [ArticleReadResult.Success(PlainTextArticleReader.Read(id, origin, text))],
        };
    }

    // For standard input and files with other extensions: look at the first character.
    private static ArticleFormat Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<", StringComparison.Ordinal))
        {
            return ArticleFormat.Html;
        }

        if (start.StartsWith("{", StringComparison.Ordinal))
        {
            var firstLine = start[..(start.IndexOf('\n') is var nl and >= 0 ? nl : start.Length)].TrimEnd();
            return firstLine.EndsWith("}", StringComparison.Ordinal) ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }

        return start.StartsWith("[", StringComparison.Ordinal) ? ArticleFormat.Json : ArticleFormat.PlainText;
    }

    private static IEnumerable<ArticleReadResult> SplitJsonLines(string text, string origin)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonArticleReader.ReadLine(line, LineOrigin(origin, number));
            }
        }
    }

    private static string LineOrigin(string origin, int line) => string.Create(CultureInfo.InvariantCulture, $"{origin}:{line}");

    // JSON Lines files can be large: read them line by line, decoding each line on its own so that one bad line
    // is reported with its number and the rest still load.
    private static async IAsyncEnumerable<ArticleReadResult> ReadJsonLinesAsync(
        string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "cannot read: " + e.Message;
        }

        if (stream is null)
        {
            yield return ArticleReadResult.Failure(path, error!);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var probe = new byte[Math.Min(BinaryProbeBytes, stream.Length)];
            await stream.ReadExactlyAsync(probe, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            if (probe.Length == 0)
            {
                yield return ArticleReadResult.Failure(path, "empty file");
                yield break;
            }

            if (probe is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            {
                // UTF-16 JSON Lines is rare: decode the whole file, then split.
                var all = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                foreach (var result in FromBytes(all, path, Path.GetFileNameWithoutExtension(path), ArticleFormat.JsonLines))
                {
                    yield return result;
                }

                yield break;
            }

            if (Array.IndexOf(probe, (byte)0) is var nul and >= 0)
            {
                yield return ArticleReadResult.Failure(path, $"binary file (NUL byte at offset {nul})");
                yield break;
            }

            var number = 0;
            var any = false;
            await foreach (var line in ByteLinesAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                number++;
                var bytes = number == 1 && line is [0xEF, 0xBB, 0xBF, ..] ? line.AsMemory(3) : line.AsMemory();
                var origin = LineOrigin(path, number);
                if (!Utf8.IsValid(bytes.Span))
                {
                    yield return ArticleReadResult.Failure(origin, "invalid UTF-8");
                    continue;
                }

                var text = Encoding.UTF8.GetString(bytes.Span);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                any = true;
                yield return JsonArticleReader.ReadLine(text, origin);
            }

            if (!any)
            {
                yield return ArticleReadResult.Failure(path, "empty file (no JSON records)");
            }
        }
    }

    private static async IAsyncEnumerable<byte[]> ByteLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var pending = new List<byte>();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n')
                    {
                        continue;
                    }

                    pending.AddRange(buffer.AsSpan(start, i - start));
                    yield return TakeLine(pending);
                    start = i + 1;
                }

                pending.AddRange(buffer.AsSpan(start, read - start));
            }

            if (pending.Count > 0)
            {
                yield return TakeLine(pending);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] TakeLine(List<byte> pending)
    {
        var count = pending.Count > 0 && pending[^1] == (byte)'\r' ? pending.Count - 1 : pending.Count;
        var line = pending.GetRange(0, count).ToArray();
        pending.Clear();
        return line;
    }
}
