using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds the place a control statement is about: a place name, "northern X", or a description ("the island",
/// "the breakaway region", "the area") resolved to the place it last referred to.
/// </summary>
internal sealed class PlaceFinder(Document doc, EntityBuilder builder)
{
    private readonly PlaceReferences references = new(doc);

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    };

    // Directions that may stand before a kind of place or a name: "the northwest province of Idlib", "north-western Syria".
    private static readonly HashSet<string> CompassPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    };

    private static readonly HashSet<string> DirectionWords = new(
        Directions.Concat(CompassPoints).Concat(["north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
            "south-eastern", "south-western"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A direction word, in any case: "northern", "Northern", "northwest", "south-eastern", "central".</summary>
    public static bool IsDirection(Token t) => t.Kind == TokenKind.Word && DirectionWords.Contains(t.Value);

    private static readonly HashSet<string> GenericPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "area", "territory", "enclave", "province", "district", "zone", "land", "lands",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "has", "have", "been", "was", "is", "are", "were", "already", "also", "now", "internationally", "widely",
        "recognised", "recognized", "as", "still", "long", "since", "soon", "then", "reportedly", "who", ",", "became", "become",
        "becomes", "gained", "won", "remain", "remains", "remained", "which", "that",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "at", "on", "over", "inside", "around", "across", "back", "from", "to", "and", "its",
        "their", "his", "her", "most", "all", "much", "part", "parts", "control", "full", "complete", "total", "effective",
        "entire", "whole", "rest", "large", "larger", "key", "areas", "area", "swathes", "swaths",
    };

    // Nouns after a place's possessive that stand for (part of) the place itself.
    private static readonly HashSet<string> TerritoryNouns = new(StringComparer.Ordinal)
    {
        "territory", "soil", "land", "lands", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "interior", "coast", "coastline", "countryside",
    };

    // Things in a place that news names after it: "seize Goma airport".
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "airport", "port", "base", "bridge", "dam", "plant", "prison", "hospital", "station", "palace", "headquarters",
        "barracks", "refinery", "mine", "airfield", "airbase", "crossing", "checkpoint", "highway", "road", "square", "embassy",
    };

    // Nouns whose taking "in" a place is the place's: "seized power in Niger", "gained ground in Donetsk".
    private static readonly HashSet<string> WholePlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "power", "territory", "ground", "sovereignty", "authority", "countryside",
    };

    /// <summary>A kind of facility, one or several: "port", "ports", "airbase".</summary>
    public static bool NamesFacilities(string word) =>
        Facilities.Contains(word) || word.EndsWith('s') && Facilities.Contains(word[..^1]);

    public (EntityInfo Entity, int End)? After(int from, int end, int window)
    {
        string? thing = null;
        var thingLocated = false;
        for (var j = from; j < end && j - from < window; j++)
        {
            var t = doc.Tokens[j];
            if (t.Value is "." or ";" || t.Kind == TokenKind.Quote && doc.QuoteOf[j] == -2 && j > from)
            {
                return null;
            }

            // "has captured most townships and now besieges the state capital Sittwe": a second verb ends the object.
            if (t.Value == "and" && j > from && SecondVerbAfter(j + 1))
            {
                return null;
            }

            var place = PlaceAt(j, out var stop);
            if (place is null)
            {
                // "the border with Egypt": a thing that touches the place is not the place either.
                if (thing is not null && t.Value is "in" or "at" or "inside" or "around" or "across" or "with" && !WholePlaceWords.Contains(thing))
                {
                    thingLocated = true;
                }
                else if (t.Kind == TokenKind.Word && !t.IsCapitalized && !FunctionWords.Contains(t.Value) && !thingLocated)
                {
                    thing = t.Value;
                }

                continue;
            }

            // "recaptured the presidential palace in Khartoum", "overran a military base in northeast Nigeria": what was
            // taken is in the place, not the place ("seized power in Niger" is the place's); so is "Goma airport" or
            // "el-Fasher army base".
            // "the Red Sea port of Hodeidah", "the Red Sea ports of Ras Isa and Salif": the place the facility is named
            // for comes after it.
            if (NamesFacilities(doc.TokenAt(stop).Value) && doc.IsWord(stop + 1, "of") && !thingLocated)
            {
                j = stop;
                continue;
            }

            // "took control of the Jarinje border crossing": a crossing known by no other name is the place taken.
            if (!thingLocated && place.Record is null && doc.TokenAt(stop).Value is "crossing" or "border"
                && (doc.TokenAt(stop).Value == "crossing" || doc.TokenAt(stop + 1).Value is "crossing" or "post"))
            {
                return (place, doc.TokenAt(stop).Value == "crossing" ? stop + 1 : stop + 2);
            }

            // "captured Kavumu airport", "controls Mitiga airport": a site the article knows only by its name with the kind
            // of site after it is the place taken.
            if (!thingLocated && Facilities.Contains(doc.TokenAt(stop).Value) && KnownOnlyAsSite(place))
            {
                return (place, stop + 1);
            }

            if (thingLocated || Facilities.Contains(doc.TokenAt(stop).Value)
                || doc.TokenAt(stop) is { Kind: TokenKind.Word, IsCapitalized: false } && Facilities.Contains(doc.TokenAt(stop + 1).Value)
                || TownInside(stop))
            {
                return null;
            }

            // "Pakistan controls the north-west and China holds Aksai Chin": the subject of the next clause.
            if (doc.TokenAt(j - 1).Value is "and" or "while" or "," or "but" && OpensClause(doc.TokenAt(stop)))
            {
                return null;
            }

            // "has ruled the South Atlantic islands since 1833": a named place that says where the places held lie; they
            // are the islands the article named ("the Falkland Islands"), or none it can tell.
            if (doc.MentionAt[j] is { } where && doc.TokenAt(stop) is { Kind: TokenKind.Word, IsCapitalized: false } plural
                && PluralPlaceNouns.Contains(plural.Value))
            {
                return NamedWithHead(plural.Value, j) is { } named && named != where.Entity ? (named, stop + 1) : null;
            }

            // "a village near Pokrovsk", "20 kilometres east of Pokrovsk": a landmark, not the place itself.
            if (IsLandmark(j))
            {
                j = stop - 1;
                continue;
            }

            // "most of the island - the airport and Anjouan's capital, Mutsamudu": the named places after a dash.
            if (doc.MentionAt[j] is null or { Kind: MentionKind.Nominal })
            {
                var named = NamedAfterDash(stop, end);
                if (named is not null)
                {
                    return named;
                }
            }

            return (place, stop);
        }

        return null;
    }

    // A place no gazetteer knows, every mention of which has a kind of site right after it ("Kavumu airport").
    private bool KnownOnlyAsSite(EntityInfo place) =>
        place.Record is null && place.Mentions.Count > 0
        && place.Mentions.All(m => m.Adjectival || m.Kind != MentionKind.Name || Facilities.Contains(doc.TokenAt(m.EndToken).Value));

    private static readonly HashSet<string> PluralPlaceNouns = new(StringComparer.Ordinal)
    {
        "islands", "territories", "provinces", "regions", "areas", "villages", "towns", "cities", "districts", "islets",
    };

    // The place named last before token index whose name ends in the capitalised noun: "Falkland Islands" for "islands".
    private EntityInfo? NamedWithHead(string noun, int index)
    {
        var head = " " + char.ToUpperInvariant(noun[0]) + noun[1..];
        for (var k = index - 1; k >= 0 && index - k < 400; k--)
        {
            // "Second Thomas Shoal", or a name the article gave that kind ("the Guerguerat crossing").
            if (doc.MentionAt[k] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } m
                && (m.Entity.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase) || m.Entity.KindWords.Contains(noun)
                    || doc.TokenAt(m.EndToken).Value.Equals(noun, StringComparison.OrdinalIgnoreCase)))
            {
                return m.Entity;
            }
        }

        return null;
    }

    // Kinds of natural or built feature that "the" refers back to by name: "the shoal" after "Second Thomas Shoal".
    private static readonly HashSet<string> NamedFeatures = new(StringComparer.Ordinal)
    {
        "shoal", "reef", "dam", "hill", "ridge", "valley", "crossing", "heights", "atoll", "islet", "peninsula", "plateau",
    };

    private bool SecondVerbAfter(int k)
    {
        if (doc.TokenAt(k).Value is "now" or "then" or "later" or "also" or "subsequently" or "eventually")
        {
            k++;
        }

        return OpensClause(doc.TokenAt(k)) || doc.TokenAt(k).Value is "besieges" or "besieged" or "surrounds" or "surrounded" or "encircled"
            or "blockades" or "shelled" or "shells" or "attacked" or "attacks";
    }

    private bool OpensClause(Token next) =>
        next is { Kind: TokenKind.Word, IsCapitalized: false } && (ContentFinder.OpensPredicate(next) || doc.Lexicon.Cues.ContainsKey(next.Value)
            || next.Value is "holds" or "held" or "controls" or "controlled" or "claims" or "captured" or "seized" or "took" or "occupies"
                or "administers" or "governs" or "rules" or "runs" or "retook" or "recaptured");

    // What may join one place of a list to the next: "Bakhmut and Avdiivka", "parts of Ukraine, including Crimea".
    private static readonly HashSet<string> ListJoiners = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "and", "including", "as", "well", "such", "notably", "both",
    };

    // What may follow a place that ends one item of such a list (not "and Ukraine said").
    private static readonly HashSet<string> ListItemEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", "and", "in", "on", "at", "from", "by", "after", "before", "during", "since", "last", "this",
        "earlier", "\u2014", "-", ")", "as",
    };

    /// <summary>
    /// The places listed after one that ends at <paramref name="stop"/>: "captured Bakhmut and Avdiivka", "occupies
    /// part of Ukraine, including Crimea". Each is a named place followed by the end of the list or of the clause.
    /// </summary>
    public List<(EntityInfo Entity, int End)> ListedAfter(int stop, int end)
    {
        var listed = new List<(EntityInfo, int)>();
        var j = AfterKindAndDirection(stop, end);
        while (j < end && listed.Count < 8)
        {
            // "including Jabrayil on October 9 and Fuzuli on October 17", "took Goma in late January and Bukavu in
            // February": past the time each item has.
            j = AfterTimeOfItem(j);

            // "most of the Darfur region and large parts of Kordofan": past the kind of the place before.
            if (j < end && doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } kindOfItem
                && NameFinder.IsPlaceKind(kindOfItem.Value) && doc.TokenAt(j + 1).Value is "and" or ",")
            {
                j++;
            }

            // "Kobani, a Kurdish-majority town on the Turkish border, as well as Raqqa": past a description of the place
            // before, set off by commas.
            j = AfterDescriptionOfItem(j, end);

            var joiner = j;
            while (joiner < end && joiner - j < 4 && ListJoiners.Contains(doc.Tokens[joiner].Value))
            {
                joiner++;
            }

            if (joiner > j)
            {
                // "El Fasher, the capital of North Darfur": an apposition of the place before, not another place.
                var afterJoiners = joiner;
                joiner = AfterKindOfPlace(AfterExtent(joiner, end), end);
                if (doc.IsWord(joiner - 1, "of") && doc.IsWord(joiner - 2, "capital") && doc.Tokens[afterJoiners - 1].Value == ",")
                {
                    break;
                }
            }

            // "much of western Libya": a direction word before the place names the part.
            var directed = joiner < end && doc.MentionAt[joiner] is null && doc.Tokens[joiner] is { Kind: TokenKind.Word, IsCapitalized: false } word
                && Directions.Contains(word.Value);
            if (joiner == j || joiner >= end || doc.MentionAt[directed ? joiner + 1 : joiner] is not { Adjectival: false, Kind: not MentionKind.Nominal } m
                || m.Entity.Type is not (EntityType.GeopoliticalEntity or EntityType.Location)
                || m.EndToken < end && !ListItemEnds.Contains(doc.Tokens[m.EndToken].Value) && !PluralPlaceNouns.Contains(doc.Tokens[m.EndToken].Value)
                    && !(NameFinder.IsPlaceKind(doc.Tokens[m.EndToken].Value) && ListItemEnds.Contains(doc.TokenAt(m.EndToken + 1).Value)))
            {
                break;
            }

            listed.Add(((directed ? Directional(m) : null) ?? m.Entity, m.EndToken));
            j = m.EndToken;

            // "the Donetsk and Luhansk regions": the kind of all the places ends the list.
            if (j < end && PluralPlaceNouns.Contains(doc.Tokens[j].Value))
            {
                break;
            }
        }

        return listed;
    }

    /// <summary>Past a time said of one item of a list: "on October 9", "in late January", "in 2014", "on Sunday", "last week".</summary>
    public int AfterTimeOfItem(int j)
    {
        var dated = doc.AfterOnDate(j);
        if (dated > j)
        {
            return dated;
        }

        if (doc.IsWord(j, "on") && Calendar.IsWeekday(doc.TokenAt(j + 1).Value))
        {
            return j + 2;
        }

        if (doc.IsWord(j, "last") && doc.TokenAt(j + 1).Value is "week" or "month" or "year" or "weekend")
        {
            return j + 2;
        }

        if (!doc.IsWord(j, "in"))
        {
            return j;
        }

        var k = doc.TokenAt(j + 1).Value is "early" or "mid" or "late" or "mid-" ? j + 2 : j + 1;
        if (Calendar.IsMonth(doc.TokenAt(k).Value))
        {
            return IsYear(doc.TokenAt(k + 1)) ? k + 2 : k + 1;
        }

        return IsYear(doc.TokenAt(k)) ? k + 1 : j;
    }

    private static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.Value.Length == 4 && t.Value[0] is '1' or '2';

    // Past ", a Kurdish-majority town on the Turkish border," when a list joiner follows the closing comma: a short
    // description of the item before, with no verb or clause in it.
    private int AfterDescriptionOfItem(int j, int end)
    {
        if (!doc.IsWord(j, ",") || doc.TokenAt(j + 1).Value is not ("a" or "an"))
        {
            return j;
        }

        for (var k = j + 2; k < end && k < j + 14; k++)
        {
            var t = doc.Tokens[k];
            if (t.Value == ",")
            {
                return doc.TokenAt(k + 1).Value is "and" or "as" or "including" ? k : j;
            }

            if (t.Kind is TokenKind.Quote || t.Value is "." or ";" or "(" or "which" or "who" or "that" or "where" || OpensClause(t))
            {
                return j;
            }
        }

        return j;
    }

    private static readonly HashSet<string> ExtentHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "almost", "nearly", "virtually", "practically", "large", "vast", "big", "small",
    };

    private static readonly HashSet<string> ExtentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "most", "much", "part", "parts", "half", "swathes", "swaths", "areas", "every", "each",
    };

    /// <summary>
    /// A word saying how much of a place is meant, read over between a verb and the place: "most", "parts", "large",
    /// "both" ("holds large parts of both Sool and Sanaag", "controls almost all of Darfur").
    /// </summary>
    public static bool IsExtentWord(string word) => ExtentHedges.Contains(word) || ExtentWords.Contains(word) || word is "both";

    // Past how much of a place a list item names: "and almost all of Darfur", "and large parts of Kherson".
    private int AfterExtent(int j, int end)
    {
        var k = j;
        while (k < end && k < j + 2 && ExtentHedges.Contains(doc.Tokens[k].Value))
        {
            k++;
        }

        return k < end && ExtentWords.Contains(doc.Tokens[k].Value) && doc.IsWord(k + 1, "of") ? k + 2 : j;
    }

    // Past the kind of place written before a name: "the capital Sanaa", "the port city of Hodeidah".
    // "much of the Zaporizhzhia region, including", "the part of the Kherson region east of the river, including": past
    // the kind of the place named last and a direction from something, to where the list goes on.
    private int AfterKindAndDirection(int j, int end)
    {
        var k = j < end && doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } kind
            && (NameFinder.IsPlaceKind(kind.Value) || NamedFeatures.Contains(kind.Value)) ? j + 1 : j;
        if (k < end && IsDirection(doc.Tokens[k]) && doc.IsWord(k + 1, "of") && doc.IsWord(k + 2, "the")
            && doc.TokenAt(k + 3) is { Kind: TokenKind.Word, IsCapitalized: false })
        {
            k += 4;
        }

        return k > j && (doc.TokenAt(k).Value == "," && doc.IsWord(k + 1, "including") || doc.IsWord(k, "and")) ? k : j;
    }

    private int AfterKindOfPlace(int j, int end)
    {
        if (!doc.IsWord(j, "the"))
        {
            return j;
        }

        // "the nearby villages of Melovoi and Podol", "the strategic town of": a word or two describing the kind, with
        // the "of" that then must follow.
        var described = j + 1;
        while (described < end && described < j + 3 && doc.Tokens[described] is { Kind: TokenKind.Word, IsCapitalized: false } modifier
            && !NameFinder.IsPlaceKind(modifier.Value) && !NameFinder.IsPluralPlaceKind(modifier.Value) && !doc.Lexicon.Stopwords.Contains(modifier.Value))
        {
            described++;
        }

        if (described > j + 1 && (NameFinder.IsPlaceKind(doc.TokenAt(described).Value) || NameFinder.IsPluralPlaceKind(doc.TokenAt(described).Value))
            && doc.IsWord(described + 1, "of"))
        {
            return described + 2;
        }

        var k = j + 1;
        while (k < end && k < j + 3 && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word
            && (NameFinder.IsPlaceKind(word.Value) || NameFinder.IsPluralPlaceKind(word.Value) && doc.IsWord(k + 1, "of")))
        {
            k++;
        }

        if (k == j + 1)
        {
            // "including the Crimean peninsula": a name right after "the".
            return doc.MentionAt[j + 1]?.FirstToken == j + 1 ? j + 1 : j;
        }

        return doc.IsWord(k, "of") ? k + 1 : k;
    }

    /// <summary>The place named at token <paramref name="k"/>, over "the", "most of" or "parts of" before it.</summary>
    public (EntityInfo Entity, int End)? StartingAt(int k, int end)
    {
        while (k < end && (doc.Tokens[k].Value is "the" or "of" || IsExtentWord(doc.Tokens[k].Value)))
        {
            k++;
        }

        if (k >= end)
        {
            return null;
        }

        // "the southern Lebanese town of Khiam": over the modifiers of a kind of place, to the name after it.
        // "the districts of ad-Durayhimi and Bayt al-Faqih": a plural kind needs no modifier (the list goes on after it).
        var kind = k;
        while (kind < end && kind - k < 3 && (doc.Tokens[kind] is { Kind: TokenKind.Word, IsCapitalized: false } modifier
                   && !NameFinder.IsPlaceKind(modifier.Value) && !NameFinder.IsPluralPlaceKind(modifier.Value)
                   && modifier.Value is not ("of" or "and" or "or" or "in" or "near" or "the") || doc.MentionAt[kind] is { Adjectival: true }))
        {
            kind++;
        }

        if ((kind > k && NameFinder.IsPlaceKind(doc.TokenAt(kind).Value) || NameFinder.IsPluralPlaceKind(doc.TokenAt(kind).Value))
            && doc.IsWord(kind + 1, "of")
            && doc.MentionAt[kind + 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } named
            && named.FirstToken == kind + 2)
        {
            return (named.Entity, named.EndToken);
        }

        // PlaceAt reads "the city of X" and "the region" too.
        return PlaceAt(k, out var stop) is { } place ? (place, stop) : null;
    }

    private bool IsLandmark(int first)
    {
        var before = doc.TokenAt(first - 1);
        // "20 kilometres east of Pokrovsk" is near it; "the east and north of Sudan" is part of it.
        return before.Value is "near" or "outside" or "from" or "towards" or "toward"
            || before.Value == "of" && CompassPoints.Contains(doc.TokenAt(first - 2).Value)
                && doc.TokenAt(first - 3).Value.ToLowerInvariant() is not ("the" or "and");
    }

    public (EntityInfo Entity, int First)? Before(int verb, int sentenceFirst)
    {
        var k = verb - 1;
        while (k >= sentenceFirst && Skippable.Contains(doc.Tokens[k].Value) && doc.Tokens[k].Value != ",")
        {
            k--;
        }

        // "The region, which is recognised as part of Azerbaijan, has been run by": the subject before the clause.
        if (k > sentenceFirst && doc.Tokens[k].Value == "," && RelativeClauseOpening(k, sentenceFirst) is int opening)
        {
            k = opening - 1;
        }
        else if (k > sentenceFirst && k == verb - 1 && doc.Tokens[k].Value == "," && doc.IsWord(verb + 1, "by"))
        {
            // "The region, administered by India,": the participle's clause opens at this comma.
            k--;
        }

        while (k >= sentenceFirst && Skippable.Contains(doc.Tokens[k].Value))
        {
            k--;
        }

        if (k < sentenceFirst)
        {
            return null;
        }

        var m = doc.MentionAt[k];
        if (m is not null && !m.Adjectival && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
        {
            return Directional(m) is { } dir ? (dir, m.FirstToken - 1) : (m.Entity, m.FirstToken);
        }

        if (NamedFeature(k) is { } islands)
        {
            return (islands, k - 1);
        }

        // "the island was captured": walk back to the determiner.
        var head = doc.Tokens[k].Value;
        if (IsPlaceWord(head))
        {
            // "Armenian land was under Azerbaijani control": land of the country its adjective names.
            var e = doc.MentionAt[k - 1] is { Adjectival: true, Entity.Record.IsCountry: true } demonym ? demonym.Entity : Described(head, k);

            // "South Ossetia is Georgian land occupied by Russian troops": the land is the place that is the subject.
            if (doc.MentionAt[k - 1] is { Adjectival: true } landOf && doc.TokenAt(landOf.FirstToken - 1).Value is "is" or "are" or "remains"
                && landOf.FirstToken - 1 > sentenceFirst && Before(landOf.FirstToken - 1, sentenceFirst) is { } subject && subject.Entity != landOf.Entity)
            {
                return subject;
            }
            var first = k;
            while (first > sentenceFirst && (doc.Tokens[first - 1].Kind == TokenKind.Word && !doc.Tokens[first - 1].IsCapitalized
                       || doc.MentionAt[first - 1]?.Adjectival == true) && k - first < 3)
            {
                first--;
            }

            // "western Tigray, a fertile area that has been controlled by": the place the description is set off after.
            if (AppositiveBefore(k + 1, sentenceFirst) is { } apposed)
            {
                return (apposed.Entity, first);
            }

            // "through territory controlled by the Taliban": a bare noun is no place named before.
            var definite = Enumerable.Range(Math.Max(first - 1, sentenceFirst), k - Math.Max(first - 1, sentenceFirst))
                .Any(j => doc.Tokens[j].Value.ToLowerInvariant() is "the" or "this" or "that" or "its" or "their" or "'s" or "\u2019s");
            if (!definite && doc.MentionAt[k - 1] is not { Adjectival: true })
            {
                return null;
            }

            return e is null || Negated(first, sentenceFirst) ? null : (e, first);
        }

        return null;
    }

    /// <summary>A participle and its agent at token k: "administered by India", "held by Tuareg separatists".</summary>
    public static bool OpensParticipleClause(Document doc, int k) =>
        doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } participle
        && (participle.Value.EndsWith("ed", StringComparison.Ordinal) || participle.Value is "held" or "run" or "taken" or "overrun" or "retaken")
        && doc.IsWord(k + 1, "by");

    /// <summary>
    /// The token after the modifiers that may stand before a place's name ("democratically governed Taiwan",
    /// "self-ruled Taiwan"), at most two, from <paramref name="from"/>.
    /// </summary>
    public static int AfterModifiers(Document doc, int from)
    {
        var k = from;
        while (k < from + 2 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } modifier
            && (modifier.Value.EndsWith("ly", StringComparison.Ordinal) || modifier.Value.EndsWith("ed", StringComparison.Ordinal)
                || modifier.Value.Contains('-', StringComparison.Ordinal)))
        {
            k++;
        }

        return k;
    }

    // "take control of Tigray capital", "seize Swat valley town": a town inside the named place, which the name only
    // modifies (the capital of a region is not the region).
    private bool TownInside(int stop) =>
        doc.TokenAt(stop) is { Kind: TokenKind.Word, IsCapitalized: false } next
        && (next.Value == "capital" && !doc.IsWord(stop + 1, "of")
            || (NameFinder.IsPlaceKind(next.Value) || next.Value is "valley" or "border" or "frontier")
            && doc.TokenAt(stop + 1).Value is "town" or "village" or "city" or "capital");

    // "a small strip of land at the junction of Lebanon, Syria and the Golan Heights": a stretch of land described.
    private bool DescribesLand(int from, int end)
    {
        for (var k = from; k < end && k - from < 4 && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word; k++)
        {
            if (word.Value is "strip" or "stretch" or "sliver" or "swathe" or "swath" or "patch" or "tract")
            {
                return true;
            }
        }

        return false;
    }

    // "no Armenian land", "not a single centimetre of Armenian land": a place phrase that denies there is such a place.
    private bool Negated(int first, int sentenceFirst)
    {
        for (var j = first - 1; j >= sentenceFirst && first - j <= 6; j--)
        {
            var t = doc.Tokens[j];
            if (t.Value is "no" or "No" or "not" or "Not")
            {
                return true;
            }

            if (!(t.Kind == TokenKind.Word && !t.IsCapitalized || t.Kind == TokenKind.Quote))
            {
                return false;
            }
        }

        return false;
    }

    // The comma that opens a relative clause closed by the comma at token close: ", which ... ,", ", who ... ,".
    private int? RelativeClauseOpening(int close, int sentenceFirst)
    {
        for (var c = close - 2; c > sentenceFirst && close - c < 25; c--)
        {
            // "at the junction of Lebanon, Syria and the Golan Heights": a comma inside a list of places opens nothing.
            // Not a description of the place before ("Kidal, the largest town in the north,").
            if (doc.Tokens[c].Value == "," && doc.MentionAt[c - 1] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } before
                && doc.MentionAt[c + 1] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } after && after.Entity != before.Entity)
            {
                continue;
            }

            if (doc.Tokens[c].Value == "," || doc.Tokens[c].Kind == TokenKind.Quote)
            {
                // ", which ... ," and ", administered by India,"; the description of a place set off after its name:
                // "South Ossetia, a breakaway region of Georgia, has been".
                var opener = doc.TokenAt(c + 1);
                return doc.Tokens[c].Value == "," && (opener.Value is "which" or "who"
                    || OpensParticipleClause(doc, c + 1)
                    || AsideOfDirection(c + 1, close) && doc.MentionAt[c - 1] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location }
                    || opener.Value is "a" or "an" or "the" or "our" or "its" or "their" && (NameFinder.KindOfPlaceHeads(doc, c + 2, close) || DescribesLand(c + 2, close))
                    && doc.MentionAt[c - 1] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location })
                    ? c : null;
            }
        }

        return null;
    }

    // "Khan Sheikhoun, further south, fell", "Soledar, about 15 kilometres to the north-east of Bakhmut, was seized": a
    // few words in lower case, numbers or places, one of them a direction, set off by commas.
    private bool AsideOfDirection(int first, int close) =>
        close - first is >= 1 and <= 8
        && Enumerable.Range(first, close - first).All(j => doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } or { Kind: TokenKind.Number }
            || doc.MentionAt[j] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location })
        && Enumerable.Range(first, close - first).Any(j => IsDirection(doc.Tokens[j]));

    /// <summary>
    /// "Western Sahara, a former Spanish colony that Morocco annexed", "western Tigray, a fertile area": the place (with
    /// its direction) named before an appositive that ends before token <paramref name="pronoun"/>.
    /// </summary>
    public (EntityInfo Entity, int First)? AppositiveBefore(int pronoun, int sentenceFirst)
    {
        var k = pronoun - 1;
        while (k > sentenceFirst && pronoun - k <= 6 && doc.Tokens[k].Value.ToLowerInvariant() is not ("a" or "an" or "the"))
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.Tokens[k].IsCapitalized && doc.MentionAt[k] is not { Adjectival: true })
            {
                return null;
            }

            k--;
        }

        if (k - 2 < sentenceFirst || k == pronoun - 1 || doc.Tokens[k].Value.ToLowerInvariant() is not ("a" or "an" or "the")
            || doc.Tokens[k - 1].Value != ",")
        {
            return null;
        }

        return doc.MentionAt[k - 2] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } named
            ? (Directional(named) ?? named.Entity, named.FirstToken)
            : null;
    }

    /// <summary>Places listed before a relative clause or verb: "people of Abyei, Darfur, Blue Nile and South Kordofan, who".</summary>
    public List<(EntityInfo Entity, int First)> ListBefore(int k, int sentenceFirst)
    {
        var result = new List<(EntityInfo, int)>();
        while (k >= sentenceFirst && Skippable.Contains(doc.Tokens[k].Value))
        {
            k--;
        }

        while (k >= sentenceFirst)
        {
            var m = doc.MentionAt[k];
            if (m is not null && !m.Adjectival && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
            {
                result.Add((m.Entity, m.FirstToken));
                k = m.FirstToken - 1;
                // "Hiiraan and neighbouring Middle Shabelle".
                if (k > sentenceFirst && doc.Tokens[k].Value is "neighbouring" or "neighboring" or "nearby" or "adjacent"
                    && doc.Tokens[k - 1].Value is "," or "and")
                {
                    k--;
                }

                if (k >= sentenceFirst && doc.Tokens[k].Value is "," or "and")
                {
                    k--;
                    continue;
                }
            }

            break;
        }

        if (result.Count == 0)
        {
            var single = Before(k + 1, sentenceFirst);
            if (single is not null)
            {
                result.Add(single.Value);
            }
        }

        result.Reverse();
        return result;
    }

    /// <summary>"its population": the place the possessive refers to (the sentence's first place).</summary>
    public EntityInfo? PossessorBefore(int npFirst, int sentenceFirst)
    {
        if (!(doc.IsWord(npFirst - 1, "its") || doc.IsWord(npFirst, "its") || doc.IsWord(npFirst - 1, "their")))
        {
            return null;
        }

        for (var i = sentenceFirst; i < npFirst; i++)
        {
            var m = doc.MentionAt[i];
            if (m is not null && !m.Adjectival && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
            {
                return m.Entity;
            }
        }

        return null;
    }

    private EntityInfo? PlaceAt(int j, out int stop)
    {
        stop = j + 1;
        var m = doc.MentionAt[j];
        if (m is not null)
        {
            stop = m.EndToken;
            if (m.Adjectival || m.Entity.Type is not (EntityType.GeopoliticalEntity or EntityType.Location))
            {
                return null;
            }

            if (doc.IsWord(m.EndToken, "'s") || doc.IsWord(m.EndToken, "\u2019s"))
            {
                // "Ukraine's territory", "Syria's north" are the place; "Ukraine's army" is not.
                if (!TerritoryNouns.Contains(doc.TokenAt(m.EndToken + 1).Value))
                {
                    return null;
                }

                stop = m.EndToken + 2;
            }

            return Directional(m) ?? m.Entity;
        }

        var t = doc.Tokens[j];
        if (t.Kind == TokenKind.Word && !t.IsCapitalized && IsPlaceWord(t.Value) && (doc.IsWord(j - 1, "the") || doc.IsWord(j - 2, "the")))
        {
            // "the town of Khiam", "the port town of Kyaukphyu": the name after the kind of place.
            var of = doc.TokenAt(j + 1) is { Kind: TokenKind.Word, IsCapitalized: false } second && NameFinder.IsPlaceKind(second.Value) ? j + 2 : j + 1;
            if (doc.IsWord(of, "of") && doc.MentionAt[of + 1] is { Adjectival: false } named
                && named.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
            {
                stop = named.EndToken;
                return named.Entity;
            }

            // "most of the capital Khartoum": the name that follows.
            if (doc.MentionAt[j + 1] is { Adjectival: false } apposed && apposed.FirstToken == j + 1
                && apposed.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
            {
                stop = apposed.EndToken;
                return apposed.Entity;
            }

            return Described(t.Value, j);
        }

        if (NamedFeature(j) is { } islands)
        {
            return islands;
        }

        return null;
    }

    // "seized the islands", "the archipelago is now part of Mauritius", "has controlled the shoal": the islands or the
    // feature the article named last ("the Falkland Islands", "the Chagos Archipelago", "Second Thomas Shoal").
    private EntityInfo? NamedFeature(int k) =>
        doc.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } noun || !doc.IsWord(k - 1, "the") ? null
        : noun.Value is "islands" or "archipelago" ? NamedWithHead("islands", k) ?? (noun.Value == "archipelago" ? NamedWithHead("archipelago", k) : null)
        : NamedFeatures.Contains(noun.Value) ? NamedWithHead(noun.Value, k)
        : null;

    private (EntityInfo Entity, int End)? NamedAfterDash(int from, int end)
    {
        if (from >= end || doc.Tokens[from].Value is not ("-" or "\u2014" or "\u2013" or ":"))
        {
            return null;
        }

        (EntityInfo, int)? last = null;
        for (var j = from + 1; j < end && j - from < 14; j++)
        {
            var m = doc.MentionAt[j];
            if (m is not null && !m.Adjectival && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location
                && !doc.IsWord(m.EndToken, "'s"))
            {
                last = (m.Entity, m.EndToken);
                j = m.EndToken - 1;
            }
        }

        return last;
    }

    private static bool IsPlaceWord(string word) => GenericPlaces.Contains(word) || NameFinder.IsPlaceKind(word) || word is "country";

    /// <summary>"northern Mali" as a place of its own.</summary>
    private EntityInfo? Directional(MentionInfo m)
    {
        var before = doc.TokenAt(m.FirstToken - 1);
        if (before.Kind != TokenKind.Word || !Directions.Contains(before.Value) || before.IsCapitalized)
        {
            return null;
        }

        var name = doc.Text[before.Start..m.End];
        var e = builder.GetOrCreate("loc:" + name.ToLowerInvariant(), EntityType.Location, name);
        if (e.Mentions.Count == 0)
        {
            e.Mentions.Add(new MentionInfo(m.FirstToken - 1, m.EndToken, before.Start, m.End, MentionKind.Name, e) { Confidence = 0.7 });
        }

        return e;
    }

    private EntityInfo? Described(string word, int index) => references.Resolve(word, index);

    /// <summary>The country the article has named most before token <paramref name="index"/>, as "the country" would be.</summary>
    public EntityInfo? ArticleCountry(int index) => references.Resolve("country", index);
}
