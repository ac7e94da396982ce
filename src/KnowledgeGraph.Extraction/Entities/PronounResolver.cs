using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Resolves personal pronouns: he/she to the speaker or first-named person of the nearest earlier sentence (within
/// four sentences), they/it to the nearest group, organisation or country.
/// </summary>
internal sealed class PronounResolver(Document doc)
{
    public static bool IsPronoun(string word) =>
        word is "he" or "He" or "she" or "She" or "they" or "They" or "it" or "It" or "him" or "her" or "them";

    /// <summary>he/she: the subject or speaker of the nearest earlier sentence; they/it: the nearest group, body or country.</summary>
    public EntityInfo? ResolvePronoun(string pronoun, int index)
    {
        var personal = pronoun.ToLowerInvariant() is "he" or "she" or "him" or "her" or "his";
        var s = doc.SentenceOf[index];
        var sentence = doc.Sentences[s];
        for (var back = 0; back <= 4 && s - back >= 0; back++)
        {
            var sent = doc.Sentences[s - back];
            if (back > 0 && doc.SentenceSpeaker.TryGetValue(sent.Index, out var speaker) && Fits(speaker, personal))
            {
                return speaker;
            }

            var limit = back == 0 ? index : sent.EndToken;
            EntityInfo? candidate = null;
            for (var i = sent.FirstToken; i < limit; i++)
            {
                var m = doc.MentionAt[i];
                if (m is null || m.FirstToken != i || doc.InQuote(i) && !doc.InQuote(index))
                {
                    continue;
                }

                if (Fits(m.Entity, personal) && !(m.Adjectival && personal))
                {
                    candidate ??= m.Entity;
                    if (!personal)
                    {
                        candidate = m.Entity;
                    }
                }
            }

            if (candidate is not null)
            {
                return candidate;
            }
        }

        _ = sentence;
        return null;
    }

    private static bool Fits(EntityInfo e, bool personal) =>
        personal ? e.Type == EntityType.Person : e.Type is EntityType.Organization or EntityType.Group or EntityType.GeopoliticalEntity;
}
