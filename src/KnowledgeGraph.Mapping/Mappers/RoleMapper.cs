using System.Globalization;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Mapping.Iris;
using KnowledgeGraph.Mapping.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Mapping.Mappers;

/// <summary>
/// Roles as W3C ORG: an <c>org:Membership</c> per person and role in the article (the n-ary, evidenced fact), an
/// <c>org:Role</c> concept per normalised role name, and, when the organisation is known, the <c>org:Post</c>
/// (the office, shared across articles) with the shortcut <c>person org:holds post</c>.
/// </summary>
internal static class RoleMapper
{
    public static void Map(MappingContext ctx)
    {
        var rows = ctx.Result.Roles
            .Select(r => (Fact: r, Person: ctx.Entity(r.PersonId, $"role at {r.Evidence}"), Slug: Slug.Of(EntityMapper.Clean(r.Role))))
            .OrderBy(x => x.Person.Key.Token, StringComparer.Ordinal).ThenBy(x => x.Slug, StringComparer.Ordinal)
            .ThenBy(x => x.Fact.Evidence.Start).ThenBy(x => x.Fact.Evidence.End)
            .ThenByDescending(x => x.Fact.Confidence).ThenBy(x => x.Fact.ToString(), StringComparer.Ordinal)
            .ToList();

        foreach (var group in rows.GroupBy(x => (x.Person.Key, x.Slug)))
        {
            bool repeated = group.Select(x => (x.Fact.Evidence, x.Fact.OfId)).Distinct().Count() > 1;
            var seen = new HashSet<Iri>();
            foreach (var (r, person, roleSlug) in group)
            {
                ctx.CancellationToken.ThrowIfCancellationRequested();
                string what = $"role at {r.Evidence}";
                string? suffix = null;
                if (repeated)
                {
                    var (b, e) = ctx.CodePoints(r.Evidence, what);
                    suffix = string.Create(CultureInfo.InvariantCulture, $"/{b}-{e}");
                }

                var iri = ctx.Iris.Membership(ctx.TextHash, person.Key, roleSlug, suffix);
                if (!seen.Add(iri))
                {
                    continue;
                }

                // The label comes from the slug, so "Secretary-General" and "secretary general" in two articles
                // give the shared role node one label.
                string roleLabel = Slug.IsHashed(roleSlug) ? EntityMapper.Clean(r.Role).ToLowerInvariant() : roleSlug.Replace('-', ' ');
                var role = ctx.Iris.Role(roleSlug);
                ctx.Add(role, RdfVocabulary.Type, Org.Role);
                ctx.Add(role, RdfVocabulary.Type, Skos.Concept);
                ctx.Add(role, Skos.PrefLabel, Literal.Create(roleLabel));

                ctx.Add(iri, RdfVocabulary.Type, Org.Membership);
                ctx.Add(iri, Org.Member, person.Iri);
                ctx.Add(iri, Org.RoleProperty, role);
                ctx.Add(iri, Kgo.RoleText, Literal.Create(r.Role));
                ctx.Add(iri, Sem.AccordingTo, ctx.ArticleIri);
                ctx.Add(iri, Prov.WasDerivedFrom, ctx.ArticleIri);
                ctx.Add(iri, Kgo.Evidence, ctx.Span(r.Evidence, what + " (evidence)"));
                ctx.Add(iri, Kgo.Confidence, Literals.Confidence(r.Confidence, what));

                if (r.OfId is { } ofId)
                {
                    var organization = ctx.Entity(ofId, what + " (of)");
                    var post = ctx.Iris.Post(organization.Key, roleSlug);
                    ctx.Add(post, RdfVocabulary.Type, Org.Post);
                    ctx.Add(post, Org.PostIn, organization.Iri);
                    ctx.Add(post, Org.RoleProperty, role);
                    ctx.Add(post, Rdfs.Label, Literal.Create($"{roleLabel} ({organization.Name})"));
                    ctx.Add(iri, Org.OrganizationProperty, organization.Iri);
                    ctx.Add(iri, Kgo.Post, post);
                    ctx.Add(person.Iri, Org.Holds, post);
                }
            }
        }
    }
}
