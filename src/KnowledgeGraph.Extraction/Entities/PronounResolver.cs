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

    /// <summary>
    /// he/she: the subject or speaker of the nearest earlier sentence; they/it: the nearest group, body or country (with
    /// <paramref name="bodiesOnly"/>, a group or body: "its fighters" are not a country's).
    /// </summary>
    public EntityInfo? ResolvePronoun(string pronoun, int index, bool bodiesOnly = false)
    {
        var lower = pronoun.ToLowerInvariant();
        var personal = lower is "he" or "she" or "him" or "her" or "his";
        char? gender = lower is "he" or "him" or "his" ? 'm' : lower is "she" or "her" ? 'f' : null;
        // "The IDF said troops of the 162nd Division had ... It said": a body that spoke just before speaks again.
        if (lower == "it" && doc.Lexicon.Cues.ContainsKey(doc.TokenAt(index + 1).Value) && BodySpeakerBefore(index) is { } body)
        {
            return body;
        }

        var found = bodiesOnly ? Resolve(index, IsArmedBody) : Resolve(personal, gender, index, plural: lower is "they" or "them" or "their");
        if (found is not null && gender is not null && found.Type == EntityType.Person)
        {
            // The first pronoun that refers to a person tells its gender; later ones of the other gender look further.
            found.Gender ??= gender;
        }

        return found;
    }

    private EntityInfo? BodySpeakerBefore(int index)
    {
        var s = doc.SentenceOf[index];
        return s > 0 && doc.SentenceBodySpeaker.TryGetValue(s - 1, out var body) ? body : null;
    }

    private EntityInfo? Resolve(bool personal, char? gender, int index, bool plural) =>
        Resolve(index, e => Fits(e, personal, plural) && Agrees(e, gender), lastInSentence: !personal);

    // A body that has fighters of its own: an armed group the known list calls a militia, or an unlisted one named as
    // an army, front, brigade or movement, or a group of fighters.
    private static bool IsArmedBody(EntityInfo e) =>
        e.Type == EntityType.Group && e.Head is { } head && NominalResolver.NamesFighters(head)
        || e.Type == EntityType.Organization && (e.Record is { } known ? known.Kinds.Any(k => k is "militia" or "cartel" or "gangs")
            : e.Name.Split(' ')[^1] is "Army" or "Front" or "Forces" or "Brigade" or "Brigades" or "Movement" or "Group" or "Militia" or "Alliance"
                or "Coalition" or "Battalion" or "Division" or "Corps");

    private EntityInfo? Resolve(int index, Func<EntityInfo, bool> fits, bool lastInSentence = true)
    {
        var s = doc.SentenceOf[index];
        var sentence = doc.Sentences[s];
        for (var back = 0; back <= 4 && s - back >= 0; back++)
        {
            var sent = doc.Sentences[s - back];
            if (back > 0 && doc.SentenceSpeaker.TryGetValue(sent.Index, out var speaker) && fits(speaker))
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

                // "According to the United Nations, it controls ...": the source of the sentence is not what it reports on.
                if (back == 0 && doc.FollowsAccordingTo(m.PhraseFirstToken))
                {
                    continue;
                }

                if (fits(m.Entity) && !(m.Adjectival && !lastInSentence))
                {
                    candidate ??= m.Entity;
                    if (lastInSentence)
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

    private bool Agrees(EntityInfo e, char? gender) => gender is null || e.Type != EntityType.Person || (GenderOf(e) ?? gender) == gender;

    // Known from an earlier pronoun, else from an honorific before one of the person's names ("Mr. Romney", "Ms. Lee").
    private char? GenderOf(EntityInfo e)
    {
        if (e.Gender is not null)
        {
            return e.Gender;
        }

        foreach (var word in e.RoleWords)
        {
            if (GenderedWord(word) is { } byRole)
            {
                return e.Gender = byRole;
            }
        }

        foreach (var m in e.Mentions)
        {
            // "spokeswoman Karine Jean-Pierre", "Her husband, Peter,": the word before the name or its apposition.
            var before = doc.TokenAt(m.PhraseFirstToken - 1).Value == "," ? m.PhraseFirstToken - 2 : m.PhraseFirstToken - 1;
            if (m.Kind == MentionKind.Name && doc.TokenAt(before).Value is { } word && GenderedWord(word.ToLowerInvariant()) is { } byWord)
            {
                return e.Gender = byWord;
            }

            if (m.FullFirstToken >= 0)
            {
                var honorific = doc.Tokens[m.FullFirstToken].Value;
                if (honorific is "Mr." or "Mr" or "Sir" or "Lord" or "Monsieur")
                {
                    return e.Gender = 'm';
                }

                if (honorific is "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss" or "Dame" or "Lady" or "Madam" or "Madame")
                {
                    return e.Gender = 'f';
                }
            }
        }

        return null;
    }

    private static char? GenderedWord(string word) => word switch
    {
        "man" or "husband" or "father" or "son" or "brother" or "grandfather" or "uncle" or "nephew" or "boy" or "spokesman"
            or "chairman" or "congressman" or "councilman" or "assemblyman" or "businessman" or "king" or "prince" or "actor" => 'm',
        "woman" or "wife" or "mother" or "daughter" or "sister" or "grandmother" or "aunt" or "niece" or "girl" or "widow"
            or "spokeswoman" or "chairwoman" or "congresswoman" or "councilwoman" or "assemblywoman" or "businesswoman" or "queen"
            or "princess" or "actress" => 'f',
        _ => null,
    };

    // "They" are a group or a body, not a place ("they captured the town of Avdiivka" after "the Donetsk region").
    private static bool Fits(EntityInfo e, bool personal, bool plural) =>
        personal ? e.Type == EntityType.Person
        : plural ? e.Type is EntityType.Organization or EntityType.Group
        : e.Type is EntityType.Organization or EntityType.Group or EntityType.GeopoliticalEntity;
}
