using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// "the city", "the breakaway region", "the country": a definite description of a place refers to the place of that
/// kind the article named last. Each becomes a nominal mention of that place, so that the graph knows the phrase as
/// one of the place's names in the article and the facts stated with it are about the place.
/// </summary>
internal sealed class PlaceReferences(Document doc)
{
    private const int Reach = 3000;

    private static readonly HashSet<string> TownWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "port", "settlement", "capital",
    };

    private static readonly HashSet<string> AreaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "province", "district", "territory", "enclave", "exclave", "island", "governorate", "oblast", "county", "area", "peninsula",
        "township", "shoal", "reef", "atoll",
    };

    // Natural or drawn features that "the plateau", "the strip" or "the corridor" refers back to only by name ("the Golan
    // Heights", "the Gaza Strip", "the Lachin corridor"), never to a place of another kind.
    private static readonly HashSet<string> FeatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "plateau", "heights", "strip", "corridor", "valley", "archipelago", "islands",
    };

    // Nouns that a place word modifies rather than heads: "the city council", "the town hall".
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "hall", "limits", "walls", "centre", "center", "council", "government", "authorities", "authority",
        "administration", "police", "court", "streets", "square", "state", "nation", "wide", "level",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "from", "to", "with", "by", "into", "near",
        "around", "across", "over", "under", "as", "that", "which", "who", "is", "was", "are", "were", "'s",
    };

    /// <summary>Adds a nominal mention for each definite place description whose place the article named before.</summary>
    public void Add()
    {
        var lexicon = doc.Lexicon;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (!doc.IsWord(i, "the") || doc.MentionAt[i] is not null)
            {
                continue;
            }

            var head = i + 1;
            while (head < doc.Tokens.Count && head - i <= 3 && IsModifier(doc.Tokens[head]) && !IsPlaceWord(doc.Tokens[head].Value))
            {
                head++;
            }

            var word = doc.TokenAt(head);
            if (word.Kind != TokenKind.Word || word.IsCapitalized || !IsPlaceWord(word.Value) || doc.MentionAt[head] is not null)
            {
                continue;
            }

            // "the capital Khartoum": the name that follows is the reference.
            var next = doc.TokenAt(head + 1);
            if (doc.MentionAt[head + 1] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location })
            {
                continue;
            }

            // Not "the port town of Kyaukphyu": a kind of place that modifies another names the place after it.
            if (next.Kind == TokenKind.Word && !next.IsCapitalized && (next.Is("of") || CompoundHeads.Contains(next.Value)
                || IsPlaceWord(next.Value) && (doc.IsWord(head + 2, "of") || doc.MentionAt[head + 2] is not null)
                || lexicon.DescribesPerson(next.Value) || lexicon.OrgNominals.Contains(next.Value) || lexicon.GroupNominals.Contains(next.Value)))
            {
                continue;
            }

            if (Resolve(word.Value, i) is not { } place)
            {
                continue;
            }

            // What the article calls the place from now on; not "area", nor a description with modifiers ("the border
            // area" is a part of somewhere, not what it is).
            if (head == i + 1 && !word.Is("area"))
            {
                place.KindWords.Add(word.Value.ToLowerInvariant());
            }

            doc.AddMention(new MentionInfo(i, head + 1, doc.Tokens[i].Start, word.End, MentionKind.Nominal, place) { Confidence = 0.6 });
            i = head;
        }
    }

    public static bool IsPlaceWord(string word) =>
        TownWords.Contains(word) || AreaWords.Contains(word) || FeatureWords.Contains(word) || word.Equals("country", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The place a description with head <paramref name="word"/> at token <paramref name="index"/> refers to: the
    /// nearest earlier place the article called by that word, else the nearest country ("the country"), town or city
    /// ("the town") or other place that is not a country ("the region").
    /// </summary>
    public EntityInfo? Resolve(string word, int index)
    {
        // "Syrian forces ... the country": a demonym names its country too.
        var isCountry = word.Equals("country", StringComparison.OrdinalIgnoreCase);
        var places = new List<EntityInfo>();
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        for (var i = index - 1; i >= 0 && index - i < Reach; i--)
        {
            var m = doc.MentionAt[i];
            if (m is null || m.FirstToken != i || m.Kind == MentionKind.Pronoun || m.Entity.Type is not (EntityType.GeopoliticalEntity or EntityType.Location))
            {
                continue;
            }

            // "Somali troops entered Mogadishu ... the capital": a demonym names the country whose capital it is.
            capitals.UnionWith(m.Entity.Record?.Capitals ?? []);
            if (!m.Adjectival || isCountry && m.Entity.Record?.IsCountry == true)
            {
                places.Add(m.Entity);
            }

        }

        // "the shoal" after "Second Thomas Shoal", "the peninsula" after "the Korean Peninsula": the natural feature
        // named so (not "the region" after a "Kurdistan Region" that is not the place the article is about).
        if ((places.FirstOrDefault(p => p.KindWords.Contains(word))
                ?? (word.ToLowerInvariant() is "shoal" or "reef" or "atoll" or "peninsula" or "island"
                    ? places.FirstOrDefault(p => p.Name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                    : null)) is { } sameKind)
        {
            return sameKind;
        }

        // "captured the plateau from Syria" after "the Golan Heights": a feature of that name, or none.
        if (FeatureWords.Contains(word))
        {
            return places.FirstOrDefault(p => p.Name.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase)
                || word.Equals("plateau", StringComparison.OrdinalIgnoreCase) && p.Name.EndsWith(" Heights", StringComparison.Ordinal));
        }

        // The country the article has named most so far, by name or demonym, the latest of equals: in "Afghan Taliban
        // take ... Afghanistan's cities ... ahead of the withdrawal of U.S. troops ... the country", Afghanistan.
        if (isCountry)
        {
            return places.Where(p => p.Record?.IsCountry == true).GroupBy(p => p)
                .OrderByDescending(g => g.Count()).ThenBy(g => places.IndexOf(g.Key)).Select(g => g.Key).FirstOrDefault();
        }

        // "the capital": the capital of a country the article named, when the article named that city too; the country
        // may follow in the sentence ("controls the capital and much of western Libya").
        if (word.Equals("capital", StringComparison.OrdinalIgnoreCase))
        {
            for (var i = index + 1; i < doc.Tokens.Count && i - index <= 15 && doc.SentenceOf[i] == doc.SentenceOf[index]; i++)
            {
                capitals.UnionWith(doc.MentionAt[i]?.Entity.Record?.Capitals ?? []);
            }

            return places.FirstOrDefault(p => capitals.Contains(p.Name));
        }

        if (TownWords.Contains(word))
        {
            // Not a place whose own name says it is an area: "the Kurdistan Region", "the Kursk region".
            return places.FirstOrDefault(p => p.Record is { IsCountry: false } record && (!record.IsRegion || doc.Gazetteer.IsAlsoATown(record))
                    && !p.KindWords.Overlaps(AreaWords) && !NamedAsAnArea(p)
                    || p.KindWords.Overlaps(TownWords))
                ?? places.FirstOrDefault(p => p.Record is null && !p.KindWords.Contains("crossing"));
        }

        // "the island" may be an island state (Taiwan, Cyprus) and "the territory" a territory the gazetteer lists among
        // countries (Western Sahara, Gibraltar) when the article named no other place.
        var states = word.ToLowerInvariant() switch
        {
            "island" => IslandStates,
            "territory" => Territories,
            _ => null,
        };
        // "RABAT - ... the territory": a region, enclave or territory is not a city the article named, unless the article
        // called that city so; "the area" may be any place.
        var anyPlace = word.Equals("area", StringComparison.OrdinalIgnoreCase);
        // A border crossing is a point, no region or territory.
        return places.FirstOrDefault(p => p.Record?.IsCountry != true && (anyPlace || !IsTown(p) && !p.KindWords.Contains("crossing") || p.KindWords.Contains(word)))
            ?? (states is null ? null : places.FirstOrDefault(p => p.Record is { IsCountry: true, CountryCode: { } code } && states.Contains(code)));
    }

    // A name that ends in a kind of area: "the Kurdistan Region", "Kursk Oblast".
    private bool NamedAsAnArea(EntityInfo place) =>
        place.Mentions.Any(m => m.Kind == MentionKind.Name && m.EndToken > m.FirstToken && AreaWords.Contains(doc.Tokens[m.EndToken - 1].Value));

    // A city, also one the gazetteer lists as a region of its own (Moscow, Kyiv).
    private bool IsTown(EntityInfo place) =>
        place.KindWords.Overlaps(TownWords) || place.Record is { IsCountry: false, IsRegion: false, Population: > 0 }
        || place.Record is { IsRegion: true } region && doc.Gazetteer.IsAlsoATown(region) && !place.KindWords.Overlaps(AreaWords);

    // States that news calls "the island": one main island each (ISO 3166-1 alpha-2), from general knowledge.
    private static readonly HashSet<string> IslandStates = new(StringComparer.Ordinal)
    {
        "TW", "CY", "LK", "MG", "IS", "MT", "CU", "JM", "BH", "SG", "MU", "BB", "TT", "DM", "LC", "GD", "NR",
    };

    // Disputed, dependent or not self-governing territories that news calls "the territory" (ISO 3166-1 alpha-2), from
    // general knowledge: Western Sahara, the Palestinian territories, Kosovo, Hong Kong, Macau, Gibraltar, the Falklands,
    // New Caledonia, Puerto Rico, Guam, Greenland, French Polynesia, Bermuda, the Cayman Islands, American Samoa.
    private static readonly HashSet<string> Territories = new(StringComparer.Ordinal)
    {
        "EH", "PS", "XK", "HK", "MO", "GI", "FK", "NC", "PR", "GU", "GL", "PF", "BM", "KY", "AS",
    };

    // "breakaway", "besieged", "rebel-held", "ISIL-held": a word that describes the place before its head.
    private static bool IsModifier(Token t) =>
        t.Kind == TokenKind.Word && (!t.IsCapitalized || t.Value.EndsWith("-held", StringComparison.OrdinalIgnoreCase)
            || t.Value.EndsWith("-controlled", StringComparison.OrdinalIgnoreCase))
        && !FunctionWords.Contains(t.Value);

}
