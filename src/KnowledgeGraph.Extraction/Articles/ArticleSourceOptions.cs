namespace KnowledgeGraph.Extraction.Articles;

/// <summary>Options for <see cref="ArticleSource"/>.</summary>
public sealed record ArticleSourceOptions
{
    /// <summary>The stream read for the path <c>-</c>; the process's standard input when null.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Files larger than this are reported as failures rather than read (a guard against stray archives).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
