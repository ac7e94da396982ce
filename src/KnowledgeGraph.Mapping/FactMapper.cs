using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Mappers;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// Maps the facts extracted from one article to RDF under the KnowledgeGraph ontology (ontology/knowledgegraph.ttl):
/// one named graph per article, holding the article, its text and sentences, entity descriptions and mentions,
/// quotations, control statements, role memberships, their shortcut triples, and the graph's provenance.
/// </summary>
/// <remarks>
/// The output is a pure function of the facts and the options: IRIs come from content hashes, code point offsets
/// and normalised names (docs/mapping.md lists the scheme), and quads are sorted, so mapping an article twice, on
/// any machine, gives the same quads.
/// </remarks>
public sealed class FactMapper
{
    private readonly MappingOptions _options;

    public FactMapper() : this(MappingOptions.Default)
    {
    }

    /// <exception cref="ArgumentException">The options name an unusable base IRI.</exception>
    public FactMapper(MappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Maps one article's facts.</summary>
    /// <exception cref="ArgumentException">The facts are inconsistent: a span outside the text or splitting a
    /// surrogate pair, a reference to an unknown entity, a duplicate entity id, a confidence that is not a number.</exception>
    public ArticleGraph Map(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ctx = new MappingContext(result, _options, cancellationToken);
        ArticleMapper.Map(ctx);
        EntityMapper.Map(ctx);
        var quotes = QuotationMapper.Map(ctx);
        ControlMapper.Map(ctx, quotes);
        RoleMapper.Map(ctx);
        return new ArticleGraph { GraphName = ctx.GraphIri, Article = ctx.ArticleIri, Quads = ctx.TakeSortedQuads() };
    }

    /// <summary>Maps several articles, lazily, in order.</summary>
    public IEnumerable<ArticleGraph> MapAll(IEnumerable<ExtractionResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var r in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Map(r, cancellationToken);
        }
    }
}
