using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Ingest;

/// <summary>
/// The store's record of what was ingested: one small named graph that holds, per article id, the content hash and
/// the article's graph. It is written in the same change set as the article's graph, so the two always agree, and an
/// article whose hash is unchanged is skipped on the next run.
/// </summary>
internal static class IngestCatalog
{
    public const string Namespace = "https://w3id.org/knowledgegraph/ingest#";

    /// <summary>The graph that holds the catalog.</summary>
    public static readonly Iri Graph = Iri.Unchecked(Namespace + "catalog");

    public static readonly Iri ContentHash = Iri.Unchecked(Namespace + "contentHash");

    public static readonly Iri ArticleGraph = Iri.Unchecked(Namespace + "articleGraph");

    // Bump when what the hash covers changes.
    private const string HashFormat = "kg-ingest-1";

    /// <summary>The catalog subject for an article id.</summary>
    public static Iri Entry(string articleId) =>
        Iri.Unchecked("https://w3id.org/knowledgegraph/ingest/article/" + Uri.EscapeDataString(articleId));

    /// <summary>Every article id with its recorded hash.</summary>
    public static Dictionary<string, string> Load(IQuadSource store, CancellationToken cancellationToken)
    {
        const string prefix = "https://w3id.org/knowledgegraph/ingest/article/";
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var quad in store.Match(null, ContentHash, null, Graph, cancellationToken))
        {
            if (quad.Subject is Iri { Value: var subject } && subject.StartsWith(prefix, StringComparison.Ordinal) &&
                quad.Obj is Literal hash)
            {
                hashes[Uri.UnescapeDataString(subject[prefix.Length..])] = hash.Value;
            }
        }

        return hashes;
    }

    /// <summary>The quads recording that <paramref name="articleId"/> with <paramref name="hash"/> lives in <paramref name="graph"/>.</summary>
    public static IEnumerable<Quad> Record(string articleId, string hash, Term graph)
    {
        var entry = Entry(articleId);
        yield return new Quad(entry, ContentHash, Literal.Create(hash), Graph);
        yield return new Quad(entry, ArticleGraph, graph, Graph);
    }

    /// <summary>
    /// A hash of everything that determines an article's graph: its text and metadata and the versions of the
    /// extractor and mapper.
    /// </summary>
    public static string Hash(Article article, string extractorVersion, string mapperVersion)
    {
        var builder = new StringBuilder(article.Text.Length + 256);
        void Field(string? value) => builder.Append(value?.Length.ToString(CultureInfo.InvariantCulture) ?? "-").Append(':').Append(value).Append('\n');
        Field(HashFormat);
        Field(extractorVersion);
        Field(mapperVersion);
        Field(article.Id);
        Field(article.Title);
        Field(article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(article.Url);
        Field(article.Author);
        Field(article.Source);
        Field(article.Language);
        Field(string.Join(',', article.ExcludedSpans.Select(s => s.ToString())));
        Field(article.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..32];
    }
}
