using KnowledgeGraph.Mapping.Iris;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// The article node, its text (<c>nif:Context</c>), its sentences, and the provenance of the graph. No wall-clock
/// time and nothing machine-specific (such as the file path the article was read from) goes in, so mapping the
/// same article again yields identical quads.
/// </summary>
internal static class ArticleMapper
{
    public const string ExtractorName = "KnowledgeGraph extractor";

    public static void Map(MappingContext ctx)
    {
        var article = ctx.Result.Article;
        var a = ctx.ArticleIri;
        ctx.Add(a, RdfVocabulary.Type, Schema.NewsArticle);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            ctx.Add(a, Schema.Headline, Literal.Create(EntityMapper.Clean(article.Title)));
        }

        if (article.Date is { } date)
        {
            ctx.Add(a, Schema.DatePublished, Literals.Day(date));
        }

        if (ArticleKey.CanonicalUrl(article.Url) is not null && Iri.TryParse(article.Url!.Trim(), out var url))
        {
            ctx.Add(a, Schema.Url, url);
        }

        if (!string.IsNullOrWhiteSpace(article.Language))
        {
            ctx.Add(a, Schema.InLanguage, Literal.Create(article.Language.Trim()));
        }

        var text = ctx.ContextIri;
        ctx.Add(text, RdfVocabulary.Type, Nif.Context);
        ctx.Add(text, Nif.BeginIndex, Literals.Offset(0));
        ctx.Add(text, Nif.EndIndex, Literals.Offset(ctx.Offsets.Length));
        ctx.Add(text, Prov.WasDerivedFrom, a);
        if (ctx.Options.IncludeText)
        {
            ctx.Add(text, Nif.IsString, Literal.Create(ctx.Text));
        }

        foreach (var s in ctx.Result.Sentences.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            ctx.AddSentence(s);
        }

        AddProvenance(ctx);
    }

    private static void AddProvenance(MappingContext ctx)
    {
        string version = ctx.Result.ExtractorVersion;
        var run = ctx.Iris.Run(ctx.ArticleKey, version, TextHash.Hex(ctx.Options.Fingerprint, 8));
        var agent = ctx.Iris.Agent(version);

        ctx.Add(ctx.GraphIri, RdfVocabulary.Type, Prov.Entity);
        ctx.Add(ctx.GraphIri, Prov.WasDerivedFrom, ctx.ArticleIri);
        ctx.Add(ctx.GraphIri, Prov.WasGeneratedBy, run);

        ctx.Add(run, RdfVocabulary.Type, Prov.Activity);
        ctx.Add(run, Prov.Used, ctx.ArticleIri);
        ctx.Add(run, Prov.WasAssociatedWith, agent);
        ctx.Add(run, Kgo.ExtractorVersion, Literal.Create(version));

        ctx.Add(agent, RdfVocabulary.Type, Prov.SoftwareAgent);
        ctx.Add(agent, Schema.Name, Literal.Create(ExtractorName));
        ctx.Add(agent, Schema.SoftwareVersion, Literal.Create(version));
    }
}
