using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the named entity a description points to: the person whose role has the description's head noun ("the
/// spokesman"), or the organisation a "country + army/government" description stands for.
/// </summary>
internal sealed class DescriptionTargets(Document doc)
{
    private static readonly HashSet<string> ArmyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "military", "forces", "troops", "command", "soldiers",
    };

    /// <summary>
    /// The article's organisation that a description with this head noun and country refers to; its other words
    /// (<paramref name="modifiers"/>: "police" in "the police force") must be in that organisation's name.
    /// </summary>
    public EntityInfo? OrganizationFor(EntityInfo? country, string head, IReadOnlyCollection<string>? modifiers = null)
    {
        var army = ArmyHeads.Contains(head);
        if (country is not null && army)
        {
            // A named armed force of that country ("Israel Defense Forces" for "the Israeli army").
            var named = doc.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && !e.IsNominal
                && e.Name.Contains(country.Name, StringComparison.Ordinal)
                && (e.Name.EndsWith("Forces", StringComparison.Ordinal) || e.Name.EndsWith("Army", StringComparison.Ordinal)));
            if (named is not null)
            {
                return named;
            }
        }

        var candidates = doc.Entities.Where(e => e.Type == EntityType.Organization && e.IsNominal && e.Head is not null
            && (string.Equals(e.Head, head, StringComparison.OrdinalIgnoreCase) || army && ArmyHeads.Contains(e.Head))
            && (country is null || e.Country == country)).ToList();
        if (candidates.Count == 0 && country is null)
        {
            // "The ministry" after "the Foreign Ministry", "the court" after "the Supreme Court": the one named body
            // whose name ends with the word.
            candidates = doc.Entities.Where(e => e.Type == EntityType.Organization && !e.IsNominal
                && e.Name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        if (modifiers is { Count: > 0 })
        {
            candidates = candidates.Where(c => modifiers.All(m => m is "'s" or "\u2019s" || c.Name.Contains(m, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    public EntityInfo? PersonByRole(string head, List<string> modifiers, int index)
    {
        var candidates = doc.Entities.Where(e => e.Type == EntityType.Person && !e.IsNominal && e.RoleWords.Contains(head)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count > 1)
        {
            var narrowed = candidates.Where(c => modifiers.All(m => c.RoleWords.Contains(m) || m.Length < 3)).ToList();
            if (narrowed.Count > 0)
            {
                candidates = narrowed;
            }
        }

        // The nearest earlier holder, else the nearest later one.
        return candidates.Where(c => c.FirstToken < index).OrderByDescending(c => c.FirstToken).FirstOrDefault()
            ?? candidates.OrderBy(c => c.FirstToken).First();
    }
}
