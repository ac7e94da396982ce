using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// Control facts as <c>kgo:ControlStatement</c> nodes, plus the binary shortcut when the statement is the
/// narrator's or the party's own claim. A third party's view ("Romney said northern Mali had been taken over by
/// ...") gets no shortcut: it is true only according to that party, which the node records.
/// </summary>
internal static class ControlMapper
{
    public static void Map(MappingContext ctx, IReadOnlyList<(Quotation Fact, Iri Iri, EntityRef Speaker)> quotes)
    {
        var rows = ctx.Result.Controls
            .Select(c => (Fact: c, Base: BaseKey(ctx, c)))
            .OrderBy(x => x.Base, StringComparer.Ordinal)
            .ThenBy(x => x.Fact.Evidence.Start).ThenBy(x => x.Fact.Evidence.End)
            .ThenByDescending(x => x.Fact.Confidence).ThenBy(x => x.Fact.ToString(), StringComparer.Ordinal)
            .ToList();

        foreach (var group in rows.GroupBy(x => x.Base))
        {
            // The same statement made twice in one article gets the evidence offsets in its IRI.
            bool repeated = group.Select(x => x.Fact.Evidence).Distinct().Count() > 1;
            var seen = new HashSet<Iri>();
            foreach (var (c, _) in group)
            {
                ctx.CancellationToken.ThrowIfCancellationRequested();
                string what = $"control statement at {c.Evidence}";
                var party = ctx.Entity(c.PartyId, what + " (party)");
                var place = ctx.Entity(c.PlaceId, what + " (place)");
                var (status, slug, label) = Concepts.Of(c.Status);
                string? suffix = null;
                if (repeated)
                {
                    var (b, e) = ctx.CodePoints(c.Evidence, what);
                    suffix = $"/{b}-{e}";
                }

                var iri = ctx.Iris.Control(ctx.TextHash, party.Key, place.Key, slug, suffix);
                if (!seen.Add(iri))
                {
                    continue;
                }

                // A claim with no named asserter is the party's own claim; anything else unattributed is the
                // narrator's (the article's) statement.
                EntityRef? asserter = c.AssertedById is { } a ? ctx.Entity(a, what + " (asserted by)")
                    : c.Status == ControlStatus.Claims ? party : null;

                ctx.Add(iri, RdfVocabulary.Type, Kgo.ControlStatement);
                ctx.Add(iri, Kgo.Party, party.Iri);
                ctx.Add(iri, Kgo.Place, place.Iri);
                ctx.Add(iri, Kgo.Status, ctx.Concept(status, Kgo.ControlStatus, Kgo.ControlStatusScheme, label));
                ctx.Add(iri, Sem.AccordingTo, asserter?.Iri ?? ctx.ArticleIri);
                ctx.Add(iri, Prov.WasDerivedFrom, ctx.ArticleIri);
                ctx.Add(iri, Kgo.Evidence, ctx.Span(c.Evidence, what + " (evidence)"));
                ctx.Add(iri, Kgo.Confidence, Literals.Confidence(c.Confidence, what));
                if (!string.IsNullOrWhiteSpace(c.TimeText))
                {
                    ctx.Add(iri, Kgo.TimeExpression, Literal.Create(c.TimeText));
                }

                if (c.TimeSpan is { } time)
                {
                    ctx.Add(iri, Kgo.TimeMention, ctx.Span(time, what + " (time)"));
                }

                if (!string.IsNullOrWhiteSpace(c.NormalizedTime))
                {
                    ctx.Add(iri, Kgo.NormalizedTime, Literals.Time(c.NormalizedTime.Trim()));
                }

                if (asserter is not null && StatedIn(c, asserter, quotes) is { } quote)
                {
                    ctx.Add(iri, Kgo.StatedIn, quote);
                }

                AddShortcut(ctx, c.Status, party, place, asserter);
            }
        }
    }

    private static void AddShortcut(MappingContext ctx, ControlStatus status, EntityRef party, EntityRef place, EntityRef? asserter)
    {
        if (asserter is null)
        {
            if (status == ControlStatus.PartOf)
            {
                ctx.Add(place.Iri, Schema.ContainedInPlace, party.Iri);
            }
            else if (Concepts.NarratorShortcut(status) is { } p)
            {
                ctx.Add(party.Iri, p, place.Iri);
            }
        }
        else if (asserter.Iri.Equals(party.Iri))
        {
            ctx.Add(party.Iri, Kgo.ClaimsControlOf, place.Iri);
        }
    }

    /// <summary>The asserter's quotation that overlaps the evidence most (earliest on a tie), if any.</summary>
    private static Iri? StatedIn(ControlFact c, EntityRef asserter, IReadOnlyList<(Quotation Fact, Iri Iri, EntityRef Speaker)> quotes) =>
        quotes
            .Where(q => q.Speaker.Iri.Equals(asserter.Iri) && q.Fact.Content.Overlaps(c.Evidence))
            .OrderByDescending(q => Math.Min(q.Fact.Content.End, c.Evidence.End) - Math.Max(q.Fact.Content.Start, c.Evidence.Start))
            .ThenBy(q => q.Fact.Content.Start)
            .Select(q => q.Iri)
            .FirstOrDefault();

    private static string BaseKey(MappingContext ctx, ControlFact c) =>
        ctx.Entity(c.PartyId, "control statement").Key.Token + "/" + ctx.Entity(c.PlaceId, "control statement").Key.Token + "/" + Concepts.Of(c.Status).Slug;
}
