using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// Quotations as <c>schema:Quotation</c> nodes: one per content span and speaker. The narrator (the article)
/// asserts that the speaker said it, hence <c>sem:accordingTo</c> the article.
/// </summary>
internal static class QuotationMapper
{
    /// <summary>Maps the quotations and returns each one's node, for control claims made inside them.</summary>
    public static List<(Quotation Fact, Iri Iri, EntityRef Speaker)> Map(MappingContext ctx)
    {
        var mapped = new List<(Quotation, Iri, EntityRef)>();

        // The same quote found twice keeps the more confident reading, so a node never gets two cues.
        var unique = ctx.Result.Quotations
            .Select(q => (Fact: q, Speaker: ctx.Entity(q.SpeakerId, $"quotation at {q.Content}")))
            .GroupBy(x => (x.Fact.Content, x.Speaker.Iri))
            .Select(g => g.OrderByDescending(x => x.Fact.Confidence).ThenBy(x => x.Fact.ToString(), StringComparer.Ordinal).First())
            .OrderBy(x => x.Fact.Content.Start).ThenBy(x => x.Fact.Content.End).ThenBy(x => x.Speaker.Iri.Value, StringComparer.Ordinal);

        foreach (var (q, speaker) in unique)
        {
            ctx.CancellationToken.ThrowIfCancellationRequested();
            string what = $"quotation at {q.Content}";
            var (b, e) = ctx.CodePoints(q.Content, what);
            var iri = ctx.Iris.Quotation(ctx.TextHash, b, e, speaker.Key);
            var content = ctx.Span(q.Content, what + " (content)");

            ctx.Add(iri, RdfVocabulary.Type, Schema.Quotation);
            ctx.Add(iri, Schema.Text, Literal.Create(q.Content.Of(ctx.Text)));
            ctx.Add(iri, Schema.SpokenByCharacter, speaker.Iri);
            ctx.Add(iri, Schema.IsPartOf, ctx.ArticleIri);
            ctx.Add(iri, Prov.WasDerivedFrom, ctx.ArticleIri);
            ctx.Add(iri, Sem.AccordingTo, ctx.ArticleIri);
            var (type, label) = Concepts.QuoteType(q.Direct);
            ctx.Add(iri, Kgo.QuoteTypeProperty, ctx.Concept(type, Kgo.QuoteType, Kgo.QuoteTypeScheme, label));
            ctx.Add(iri, Kgo.Content, content);
            ctx.Add(iri, Kgo.CueText, Literal.Create(q.Cue));
            if (q.CueSpan is { } cue)
            {
                ctx.Add(iri, Kgo.Cue, ctx.Span(cue, what + " (cue)"));
            }

            if (q.SpeakerSpan is { } speakerSpan)
            {
                ctx.Add(iri, Kgo.SpeakerMention, ctx.Span(speakerSpan, what + " (speaker)"));
            }

            if (q.AddresseeId is { } addressee)
            {
                ctx.Add(iri, Schema.Recipient, ctx.Entity(addressee, what + " (addressee)").Iri);
            }

            ctx.Add(iri, Kgo.Evidence, ctx.Span(q.Evidence, what + " (evidence)"));
            ctx.Add(iri, Kgo.Confidence, Literals.Confidence(q.Confidence, what));

            // What the quote talks about: every entity with a mention inside the content.
            foreach (var entity in ctx.Result.Entities)
            {
                if (entity.Mentions.Any(m => q.Content.Contains(m.Span) && m.Span.Length > 0))
                {
                    ctx.Add(iri, Schema.Mentions, ctx.Entity(entity.Id, what).Iri);
                }
            }

            mapped.Add((q, iri, speaker));
        }

        return mapped;
    }
}
