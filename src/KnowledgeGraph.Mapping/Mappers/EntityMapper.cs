using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Iris;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// Entities and their mentions. Entity IRIs are global: a Wikidata or GeoNames id when linked, otherwise the type
/// and ASCII-folded canonical name, so the same person in two articles is one node. The description (types, name,
/// aliases, identity links) is written into the article graph itself, so each article graph is self-contained.
/// </summary>
internal static partial class EntityMapper
{
    public static void Map(MappingContext ctx)
    {
        var entities = ctx.Result.Entities;
        var keys = AssignKeys(ctx, entities);

        // Several records can share one node (two records linked to the same Wikidata item); the first by id
        // gives the name, the other names become alternate names.
        foreach (var group in entities.GroupBy(e => keys[e.Id]).OrderBy(g => g.Key.Path, StringComparer.Ordinal))
        {
            ctx.CancellationToken.ThrowIfCancellationRequested();
            var records = group.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var iri = ctx.Iris.Entity(group.Key);
            string name = Clean(records[0].CanonicalName);
            foreach (var e in records)
            {
                ctx.RegisterEntity(e.Id, new EntityRef(iri, group.Key, name));
            }

            Describe(ctx, iri, name, records);
        }

        if (ctx.Options.IncludeMentions)
        {
            MapMentions(ctx);
        }
    }

    private static void Describe(MappingContext ctx, Iri iri, string name, List<Entity> records)
    {
        foreach (var e in records)
        {
            foreach (var type in TypesOf(e))
            {
                ctx.Add(iri, RdfVocabulary.Type, type);
            }

            foreach (string alias in e.Aliases.Append(e.CanonicalName).Select(Clean))
            {
                if (alias.Length > 0 && !string.Equals(alias, name, StringComparison.Ordinal))
                {
                    ctx.Add(iri, Schema.AlternateName, Literal.Create(alias));
                }
            }

            if (WikidataId(e) is { } qid)
            {
                ctx.Add(iri, Schema.SameAs, Iri.Unchecked("http://www.wikidata.org/entity/" + qid));
            }

            if (GeoNamesId(e) is { } gn)
            {
                ctx.Add(iri, Schema.SameAs, Iri.Unchecked("https://sws.geonames.org/" + gn + "/"));
            }
        }

        ctx.Add(iri, Schema.Name, Literal.Create(name));
    }

    /// <summary>
    /// schema.org types, with superclasses written out so plain SPARQL finds them without inference. A
    /// geopolitical entity is a place and an actor (it speaks, claims and holds posts), so it is also an
    /// org:Organization; with a two-letter ISO 3166 code it is a country.
    /// </summary>
    private static IEnumerable<Iri> TypesOf(Entity e) => e.Type switch
    {
        EntityType.Person => [Schema.Person],
        EntityType.Organization => [Schema.Organization, Org.Organization],
        EntityType.GeopoliticalEntity when e.ExternalIds.Iso3166 is { Length: 2 } iso && iso.All(char.IsAsciiLetter) =>
            [Schema.Place, Schema.AdministrativeArea, Schema.Country, Org.Organization],
        EntityType.GeopoliticalEntity => [Schema.Place, Schema.AdministrativeArea, Org.Organization],
        EntityType.Location => [Schema.Place],
        EntityType.Group => [Foaf.Group],
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Unknown entity type."),
    };

    private static string TypeSegment(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "org",

        // GPE and LOC share a segment so that one place typed differently by two articles stays one node.
        EntityType.GeopoliticalEntity or EntityType.Location => "place",
        EntityType.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    private static Dictionary<string, EntityKey> AssignKeys(MappingContext ctx, IReadOnlyList<Entity> entities)
    {
        var keys = new Dictionary<string, EntityKey>(StringComparer.Ordinal);
        var unlinked = new List<(Entity Entity, string Path)>();
        foreach (var e in entities)
        {
            if (string.IsNullOrEmpty(e.Id) || keys.ContainsKey(e.Id) || unlinked.Any(u => u.Entity.Id == e.Id))
            {
                throw new ArgumentException($"{ctx.Source}: entity id '{e.Id}' is empty or used twice.");
            }

            if (WikidataId(e) is { } qid)
            {
                keys[e.Id] = new EntityKey("wd/" + qid);
            }
            else if (GeoNamesId(e) is { } gn)
            {
                keys[e.Id] = new EntityKey("gn/" + gn);
            }
            else
            {
                unlinked.Add((e, TypeSegment(e.Type) + "/" + Slug.Of(Clean(e.CanonicalName))));
            }
        }

        // Two records the extractor kept apart but that fold to the same key: the one mentioned first keeps the
        // plain key, the others get a short hash of their names (only the same names give the same suffix).
        foreach (var group in unlinked.GroupBy(u => u.Path))
        {
            bool first = true;
            foreach (var (e, path) in group.OrderBy(u => FirstMention(u.Entity)).ThenBy(u => u.Entity.Id, StringComparer.Ordinal))
            {
                keys[e.Id] = new EntityKey(first ? path : path + "-" + TextHash.Hex(Disambiguator(e), 6));
                first = false;
            }
        }

        return keys;
    }

    private static int FirstMention(Entity e) => e.Mentions.Count == 0 ? int.MaxValue : e.Mentions.Min(m => m.Span.Start);

    private static string Disambiguator(Entity e)
    {
        var sb = new StringBuilder(Clean(e.CanonicalName));
        foreach (string a in e.Aliases.Select(Clean).Order(StringComparer.Ordinal))
        {
            sb.Append('|').Append(a);
        }

        return sb.Append('|').Append(e.Id).ToString();
    }

    private static void MapMentions(MappingContext ctx)
    {
        // One phrase per span; a span naming one entity twice keeps the highest confidence.
        var rows = ctx.Result.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: ctx.Entity(e.Id, "mention"), Mention: m)))
            .GroupBy(x => (x.Mention.Span, x.Entity.Iri))
            .OrderBy(g => g.Key.Span.Start).ThenBy(g => g.Key.Span.End).ThenBy(g => g.Key.Iri.Value, StringComparer.Ordinal);
        foreach (var g in rows)
        {
            ctx.CancellationToken.ThrowIfCancellationRequested();
            string what = $"mention of {g.Key.Iri.Value} at {g.Key.Span}";
            var phrase = ctx.Span(g.Key.Span, what);
            ctx.Add(phrase, ItsRdf.TaIdentRef, g.Key.Iri);
            ctx.Add(phrase, ItsRdf.TaConfidence, Literals.MentionConfidence(g.Max(x => x.Mention.Confidence), what));
            foreach (var kind in g.Select(x => x.Mention.Kind).Distinct())
            {
                var (concept, label) = Concepts.Of(kind);
                ctx.Add(phrase, Kgo.MentionKindProperty, ctx.Concept(concept, Kgo.MentionKind, Kgo.MentionKindScheme, label));
            }
        }
    }

    private static string? WikidataId(Entity e) =>
        e.ExternalIds.Wikidata is { } q && QidRegex().IsMatch(q.Trim()) ? q.Trim() : null;

    private static string? GeoNamesId(Entity e) =>
        e.ExternalIds.GeoNames is { } g && DigitsRegex().IsMatch(g.Trim()) ? g.Trim() : null;

    /// <summary>Names as written, NFC, with whitespace runs collapsed.</summary>
    internal static string Clean(string name) => WhitespaceRegex().Replace(name.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"^Q[1-9][0-9]*$")]
    private static partial Regex QidRegex();

    [GeneratedRegex(@"^[1-9][0-9]*$")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
