using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Articles;

/// <summary>
/// One item read by <see cref="ArticleSource"/>: either an <see cref="Article"/> or a failure that says where
/// (<see cref="Origin"/>: a file path, <c>file.jsonl:12</c> or <c>&lt;stdin&gt;</c>) and why.
/// </summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(string origin, Article? article, string? error)
    {
        Origin = origin;
        Article = article;
        Error = error;
    }

    /// <summary>Where the item was read from.</summary>
    public string Origin { get; }

    /// <summary>The article, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>Why reading failed, when it did.</summary>
    public string? Error { get; }

    public bool IsSuccess => Article is not null;

    public static ArticleReadResult Success(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleReadResult(article.Origin ?? article.Id, article, null);
    }

    public static ArticleReadResult Failure(string origin, string reason)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new ArticleReadResult(origin, null, reason);
    }

    public override string ToString() => IsSuccess ? $"{Origin}: {Article!.Id}" : $"{Origin}: {Error}";
}
