using KnowledgeGraph.Extraction.Articles;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>A quick count of the articles under some paths (files, plus lines of JSON Lines files) for the progress bar.</summary>
internal static class InputEstimate
{
    // Counting lines of huge inputs would delay the start; past this the bar is indeterminate.
    private const long MaxBytesScanned = 512L * 1024 * 1024;

    /// <summary>The expected number of articles, or null when unknown (standard input, unreadable or huge inputs).</summary>
    public static long? Count(IEnumerable<string> paths)
    {
        long count = 0;
        long scanned = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                return null;
            }

            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(ArticleSource.IsArticleFile)
                : [path];
            foreach (var file in files)
            {
                var extension = Path.GetExtension(file);
                if (!extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) &&
                    !extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    continue;
                }

                try
                {
                    scanned += new FileInfo(file).Length;
                    if (scanned > MaxBytesScanned)
                    {
                        return null;
                    }

                    count += CountLines(file);
                }
                catch (IOException)
                {
                    count++;
                }
                catch (UnauthorizedAccessException)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static long CountLines(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var lastWasNewline = true;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            lines += span.Count((byte)'\n');
            lastWasNewline = span[^1] == (byte)'\n';
        }

        return lastWasNewline ? lines : lines + 1;
    }
}
