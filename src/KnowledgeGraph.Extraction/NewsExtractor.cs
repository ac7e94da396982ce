using System.Diagnostics;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Extracts entities, quotations, roles and control facts from news articles. Stateless apart from the shared,
/// immutable gazetteer, so one instance may serve many threads at once.
/// </summary>
public sealed class NewsExtractor
{
    /// <summary>The version recorded as provenance on every result.</summary>
    public const string Version = "kg-extract/0.1";

    private readonly ExtractorOptions options;
    private readonly Gazetteer gazetteer;

    public NewsExtractor(ExtractorOptions? options = null)
    {
        this.options = options ?? new ExtractorOptions();
        gazetteer = Gazetteer.Default;
    }

    /// <summary>
    /// Extracts the facts of one article. Never throws on odd text; when the time budget runs out the facts found so
    /// far are returned with a warning. Throws <see cref="OperationCanceledException"/> only when
    /// <paramref name="cancellationToken"/> itself is cancelled.
    /// </summary>
    public ExtractionResult Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var warnings = new List<string>();
        var text = article.Text ?? "";
        if (text.Length > options.MaxTextLength)
        {
            warnings.Add($"text cut from {text.Length} to {options.MaxTextLength} characters");
            text = text[..options.MaxTextLength];
            article = article with { Text = text };
        }

        if (text.Length == 0)
        {
            warnings.Add("empty text");
            return new ExtractionResult { Article = article, ExtractorVersion = Version, Warnings = warnings };
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.TimeBudget);
        var stopwatch = Stopwatch.StartNew();
        Document? doc = null;
        var stage = "tokenising";
        try
        {
            doc = new Document(article, gazetteer, budget.Token);
            if (doc.Sentences.Count == 0)
            {
                warnings.Add("no sentences found");
            }

            // The budget's timer runs on the thread pool, which a busy machine may serve late: each stage also checks
            // the clock itself.
            void Stage(string name)
            {
                stage = name;
                if (stopwatch.Elapsed > options.TimeBudget)
                {
                    throw new OperationCanceledException(budget.Token);
                }
            }

            Stage("finding names");
            var builder = new EntityBuilder(doc);
            builder.Build(new NameFinder(doc).Find());
            new PlaceReferences(doc).Add();
            var nominals = new NominalResolver(doc, builder);
            Stage("extracting roles");
            var roles = new RoleExtractor(doc, builder, nominals).Extract();
            Stage("extracting quotes");
            var quotes = new QuoteExtractor(doc, builder, nominals).Extract();
            Stage("extracting control");
            var controls = new ControlExtractor(doc, builder, nominals, quotes, roles).Extract();
            Stage("linking pronouns");
            PronounLinker.Link(doc, nominals, quotes);
            warnings.AddRange(doc.Warnings);
            return ResultBuilder.Build(doc, roles, quotes, controls, warnings, options.MinConfidence);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            warnings.Add($"time budget of {options.TimeBudget.TotalSeconds:0.###} s reached while {stage} " +
                $"(after {stopwatch.ElapsedMilliseconds} ms); facts are incomplete");
            return doc is null
                ? new ExtractionResult { Article = article, ExtractorVersion = Version, Warnings = warnings }
                : ResultBuilder.Build(doc, [], [], [], warnings, options.MinConfidence);
        }
    }
}
