using KnowledgeGraph.Cli.Ingest;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.EndToEnd.Tests.Pipeline;

/// <summary>One graph per article id: the text, plus one quad per entity.</summary>
internal sealed class FakeMapper : IArticleMapper
{
    public static readonly Iri TextPredicate = Iri.Parse("urn:test:text");
    public static readonly Iri MentionsPredicate = Iri.Parse("urn:test:mentions");

    public string Version => "fake-map-1";

    public static Iri GraphOf(string id) => Iri.Parse("urn:test:graph:" + id);

    public MappedArticle Map(ExtractionResult result, CancellationToken cancellationToken)
    {
        var graph = GraphOf(result.Article.Id);
        var article = Iri.Parse("urn:test:article:" + result.Article.Id);
        var quads = new List<Quad> { new(article, TextPredicate, Literal.Create(result.Article.Text), graph) };
        quads.AddRange(result.Entities.Select(e => new Quad(article, MentionsPredicate, Literal.Create(e.CanonicalName), graph)));
        return new MappedArticle(graph, quads);
    }
}
