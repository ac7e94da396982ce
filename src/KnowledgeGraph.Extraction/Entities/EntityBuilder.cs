using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Turns classified segments into entities and mentions: decides unknown pieces from their context, links short
/// forms (surnames, acronyms, capitals standing for governments) to their entities, and merges spelling variants.
/// </summary>
internal sealed class EntityBuilder(Document doc)
{
    private readonly Dictionary<string, EntityInfo> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityInfo> surfaces = new(StringComparer.Ordinal);
    private readonly Lexicon lexicon = doc.Lexicon;
    private readonly Dictionary<string, PlaceRecord> capitals = BuildCapitals(doc.Gazetteer);
    private readonly Dictionary<Segment, int> fullStarts = [];

    public void Build(List<Segment> segments)
    {
        // Pass 1: decide what the context makes clear.
        for (var k = 0; k < segments.Count; k++)
        {
            var s = segments[k];
            if (s.Kind == SegmentKind.Unknown)
            {
                Classify(s, segments);
            }
            else if (s.Kind == SegmentKind.Gazetteer && s.Entry is { Kind: PhraseKind.City or PhraseKind.Region or PhraseKind.Place }
                && k > 0 && segments[k - 1] is { Kind: SegmentKind.Title or SegmentKind.Honorific } title && title.End == s.First
                && title.RunFirst == s.RunFirst && s.End == s.RunEnd)
            {
                // "Secretary Kerry", "Senator Warren": a town's name right after a person's title is a surname.
                s.Kind = SegmentKind.Person;
                s.Confidence = 0.8;
            }

            // "the Popular Mobilisation Forces (PMF), known in Arabic as al-Hashd al-Shaabi": another name of what was
            // named before, whatever it looks like; resolved with the names met.
            if (s.Kind == SegmentKind.Person && s.First == s.RunFirst && KnownAsBefore(s.First) && BodyNamedBeforeKnownAs(s.First))
            {
                s.Kind = SegmentKind.Unknown;
                continue;
            }

            if (s.Kind == SegmentKind.Person && s.End == s.RunEnd && (AppositiveBodyAfter(s.End) || BodyNounAfterName(s)))
            {
                // "The White Helmets, a civil defence group, ...": a first name opened the name of a body, here
                // and wherever else the article writes it.
                RetypePersonEverywhere(segments, s, SegmentKind.Organization);
            }

            if (s.Kind == SegmentKind.Person && s.First == s.RunFirst && s.End == s.RunEnd && s.End - s.First >= 2
                && doc.IsWord(s.First - 1, "the") && (doc.TokenAt(s.End) is not { Kind: TokenKind.Word } next || WordsAfterAPlace.Contains(next.Value)))
            {
                // "in the Rose Garden", "occupied the Shebaa Farms since 1967": "the" does not stand before a person's
                // name ("the Obama administration" has a noun after it).
                s.Kind = SegmentKind.Facility;
                s.Confidence = 0.6;
            }

            var of = OfBeforeName(s.First);
            if (s.Kind == SegmentKind.Person && s.End - s.First <= 3
                && (ApposedPlaceKind(s, strict: true) is not null
                    || s.First == s.RunFirst && doc.IsWord(of, "of") && PlaceByOf(doc.TokenAt(of - 1).Value) && !UnderControlOf(of)
                    || s.First == s.RunFirst && s.End == s.RunEnd && (ConsideredPartOf(s) || TakenAsPlace(s) || LeftAsPlace(s))
                    // "the Abu Shouk displacement camp": a kind of place after the name, with "the" before it.
                    || s.First == s.RunFirst && doc.IsWord(s.First - 1, "the") && KindAfterName(s) is not null))
            {
                // "Wad Madani, the capital of Gezira state", "took control of Wad Madani", "the village of Staritsa": a
                // town's name that looks like a person's, here and wherever else the article writes it (the headline).
                RetypePersonEverywhere(segments, s, SegmentKind.Place, 0.7);
            }
        }

        for (var k = 0; k < segments.Count; k++)
        {
            if (segments[k].Kind == SegmentKind.Person)
            {
                var start = TitledStart(segments, k);
                if (start >= 0)
                {
                    fullStarts[segments[k]] = start;
                }
            }
        }

        // Pass 2: full person names first, so that surnames can find them.
        foreach (var s in segments.Where(s => s.Kind == SegmentKind.Person && s.End - s.First >= 2))
        {
            AddPerson(s);
        }

        foreach (var s in segments)
        {
            doc.CancellationToken.ThrowIfCancellationRequested();
            if (s.Kind == SegmentKind.Unknown && NamedAlsoAs(s) is { Type: EntityType.Person } alsoKnown)
            {
                // "Dagalo, known as Hemedti": the person's other name, in place before "Hemedti said" further on looks for it.
                Mention(s, alsoKnown, MentionKind.Name, 0.7);
                s.Kind = SegmentKind.Person;
                continue;
            }

            switch (s.Kind)
            {
                case SegmentKind.Gazetteer:
                    AddGazetteer(s);
                    break;
                case SegmentKind.Person when s.End - s.First < 2:
                    AddPerson(s);
                    break;
                case SegmentKind.Organization when NamedAlsoAs(s) is { Type: EntityType.Organization } body:
                    // "the Azawad Liberation Front, known as the FLA ... The FLA said": the other name, there and after.
                    byKey.TryAdd("org:" + Surface(s.First, s.End), body);
                    Mention(s, body, MentionKind.Name, 0.8);
                    break;
                case SegmentKind.Organization:
                    AddNamed(s, EntityType.Organization, "org:");
                    break;
                case SegmentKind.Facility:
                    AddFacility(s);
                    break;
                case SegmentKind.Place:
                    AddNamed(s, EntityType.GeopoliticalEntity, "gpe:");
                    break;
            }
        }

        // Pass 3: unknown pieces that repeat a known name or surname.
        foreach (var s in segments.Where(s => s.Kind == SegmentKind.Unknown))
        {
            ResolveUnknown(s);
        }

        AddTitleReferences(segments);

        // Lists grow from the places resolved so far, "Mosul, Karabilah and Sadah" forwards, "Sadah, Karabilah and
        // Mosul" backwards.
        var unknown = segments.Where(s => s.Kind == SegmentKind.Unknown).ToList();
        foreach (var s in unknown.Concat(Enumerable.Reverse(unknown)).Where(CoordinatedPlace))
        {
            AddContextPlace(s, Surface(s.First, s.End), null);
        }

        // A name decided late (by a list near the end) is the same entity where it appeared before, undecided.
        foreach (var s in unknown.Where(s => doc.MentionAt[s.First] is null))
        {
            if (surfaces.TryGetValue(Surface(s.First, s.End), out var same))
            {
                Mention(s, same, MentionKind.Name, 0.6);
            }
        }

        LinkAcronyms();
        MergePeopleNamedAsOthers();
        SeparateRegionsNamedAfterTowns();
        AddHoldersInCompounds();
    }

    // "Sudan's army recaptured Wad Madani ... cleansed Wad Madani of": a name read as a person in one place and as a
    // place or body in another is the place or body throughout (an article does not name a person exactly as it
    // names a town).
    private void MergePeopleNamedAsOthers()
    {
        foreach (var person in doc.Entities.Where(e => e is { Type: EntityType.Person, IsNominal: false }).ToList())
        {
            var other = doc.Entities.FirstOrDefault(e => e != person && !e.IsNominal && e.Name == person.Name
                && e.Type is EntityType.GeopoliticalEntity or EntityType.Location or EntityType.Organization);
            if (other is not null)
            {
                MoveMentions(person, other);
            }
        }

        // "the Special Deterrence Force, known as Radaa ... a spokesman for Radaa": a body taken up under a name that
        // another body was given as its other name is that body.
        foreach (var body in doc.Entities.Where(e => e is { Type: EntityType.Organization, IsNominal: false }).ToList())
        {
            var other = doc.Entities.FirstOrDefault(e => e != body && e is { Type: EntityType.Organization, IsNominal: false } && e.Name != body.Name
                && e.Mentions.Any(m => m.Kind == MentionKind.Name && doc.Text[m.Start..m.End] == body.Name));
            if (other is not null)
            {
                MoveMentions(body, other);
            }
        }
    }

    // "Kidal" and "the Kidal region", "Idlib" and "Idlib province": where an article names a town both alone and with
    // a kind of administrative area after it, the area is a place of its own (a region that is itself known by the
    // kind word, "Darfur" and "the Darfur region", stays one).
    private void SeparateRegionsNamedAfterTowns()
    {
        foreach (var town in doc.Entities.Where(e => e is { Type: EntityType.GeopoliticalEntity, IsNominal: false }).ToList())
        {
            var isTown = town.Record is { IsCountry: false, IsRegion: false, Population: > 0 }
                || town.Record is null && town.KindWords.Overlaps(["town", "city", "village", "capital"]);
            var names = town.Mentions.Where(m => m is { Kind: MentionKind.Name, Adjectival: false }).ToList();
            var asArea = names.Where(m => AreaKindAfter(m) is not null).ToList();
            if (!isTown || asArea.Count == 0 || asArea.Count == names.Count)
            {
                continue;
            }

            var kind = AreaKindAfter(asArea[0])!;
            var area = GetOrCreate("area:" + town.Key + ":" + kind, EntityType.GeopoliticalEntity, town.Name + " " + kind);
            area.KindWords.Add(kind);
            foreach (var m in asArea)
            {
                town.Mentions.Remove(m);
                var moved = m with { Entity = area, EndToken = m.EndToken + 1, End = doc.Tokens[m.EndToken].End };
                for (var i = moved.FirstToken; i < moved.EndToken; i++)
                {
                    doc.MentionAt[i] = moved;
                }

                area.Mentions.Add(moved);
            }
        }
    }

    // The kind of administrative area written right after a place's name ("the Kidal region"), if any.
    private string? AreaKindAfter(MentionInfo m) =>
        doc.TokenAt(m.EndToken) is { Kind: TokenKind.Word, IsCapitalized: false } kind && AreaKinds.Contains(kind.Value) && !doc.IsWord(m.EndToken + 1, "of")
            ? kind.Value
            : null;

    private static readonly HashSet<string> AreaKinds = new(StringComparer.Ordinal)
    {
        "province", "district", "region", "governorate", "oblast", "county", "municipality", "prefecture",
    };

    private void MoveMentions(EntityInfo from, EntityInfo to)
    {
        foreach (var m in from.Mentions.ToList())
        {
            var moved = m with { Entity = to };
            for (var i = m.FirstToken; i < m.EndToken; i++)
            {
                doc.MentionAt[i] = moved;
            }

            to.Mentions.Add(moved);
        }

        from.Mentions.Clear();
        doc.Entities.Remove(from);
        foreach (var key in byKey.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList())
        {
            byKey[key] = to;
        }

        foreach (var key in surfaces.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList())
        {
            surfaces[key] = to;
        }
    }

    // "ISIL-held territory", "Russian-occupied Melitopol": the party named inside the compound is mentioned there.
    private void AddHoldersInCompounds()
    {
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var token = doc.Tokens[i];
            var held = IsHeldBy(token.Value);
            if (token.Kind != TokenKind.Word || !token.IsCapitalized && !token.Value.StartsWith("al-", StringComparison.Ordinal)
                || doc.MentionAt[i] is not null || !held && !OfACountry(token.Value) && !NominalResolver.IsLedOrBacked(token.Value))
            {
                continue;
            }

            var prefix = token.Value[..token.Value.LastIndexOf('-')];
            var tokens = Tokenizer.Tokenize(prefix, lexicon.PeriodWords);
            var entry = tokens.Count == 1 ? doc.Gazetteer.Lookup(tokens, 0, 1)?.FirstOrDefault(e => e.Record is not null) : null;
            // "Iran-backed Hezbollah", "the Britain-based monitor", "a Soviet-era base": a country named in a compound,
            // as a modifier (what backs, leads or houses something holds no place by it).
            // "al-Qaeda-linked JNIM": a known body named in a compound that sides it with another.
            var body = !held && entry is { Kind: PhraseKind.Organization } && NominalResolver.IsLedOrBacked(token.Value);
            if (!held && !body && entry?.Record is not { IsCountry: true } && entry?.Record?.Type != EntityType.GeopoliticalEntity)
            {
                continue;
            }

            var party = entry is not null ? CountryEntity(entry.Record!) : surfaces.GetValueOrDefault(prefix);
            if (party is not null)
            {
                doc.AddMention(new MentionInfo(i, i + 1, token.Start, token.Start + prefix.Length, MentionKind.Name, party)
                {
                    Adjectival = !held || entry?.Kind == PhraseKind.Demonym,
                    Confidence = 0.7,
                });
            }
        }
    }

    /// <summary>
    /// "The Foreign Secretary met ...", "the Iraqi Foreign Minister, Ibrahim al-Jaafari,": a capitalised title after
    /// "the" that no name follows stands for a person: the name set off after it, else the one the article names
    /// with that title (of the same country when one is given, the nearest before), else an unnamed holder.
    /// </summary>
    private void AddTitleReferences(List<Segment> segments)
    {
        var holders = new List<(string Title, EntityInfo Person, EntityInfo? Country, int First)>();
        for (var k = 0; k < segments.Count; k++)
        {
            if (segments[k].Kind == SegmentKind.Person && fullStarts.TryGetValue(segments[k], out var start)
                && doc.MentionAt[segments[k].First] is { Entity.Type: EntityType.Person } named)
            {
                var country = default(EntityInfo);
                for (var j = k - 1; j >= 0 && segments[j].First >= start; j--)
                {
                    if (segments[j].Kind == SegmentKind.Title)
                    {
                        holders.Add((Surface(segments[j].First, segments[j].End).ToLowerInvariant(), named.Entity, country, segments[k].First));
                    }
                    else if (doc.MentionAt[segments[j].First] is { Entity.Type: EntityType.GeopoliticalEntity } place)
                    {
                        country ??= place.Entity;
                    }
                }
            }
        }

        for (var k = 0; k < segments.Count; k++)
        {
            var s = segments[k];
            if (s.Kind != SegmentKind.Title || s.End != s.RunEnd || lexicon.Honorifics.Contains(doc.Tokens[s.First].Value)
                || doc.MentionAt[s.First] is not null)
            {
                continue;
            }

            var first = s.First;
            EntityInfo? country = null;
            if (k > 0 && segments[k - 1] is { Kind: SegmentKind.Gazetteer } before && before.End == s.First && before.RunFirst == s.RunFirst
                && doc.MentionAt[before.First] is { Entity.Type: EntityType.GeopoliticalEntity } place)
            {
                first = before.First;
                country = place.Entity;
            }

            if (first != s.RunFirst || !doc.IsWord(first - 1, "the"))
            {
                continue;
            }

            var title = Surface(s.First, s.End);
            // Set off after the name: "Antony Blinken, the US Secretary of State,".
            var named = doc.TokenAt(first - 2).Value == "," ? MentionEndingAt(first - 2) : null;
            var person = (Apposed(s.End) ?? (named is { Entity.Type: EntityType.Person, Entity.IsNominal: false } ? named : null))?.Entity
                ?? holders.Where(h => h.Title == title.ToLowerInvariant() && (country is null || h.Country is null || h.Country == country))
                    .OrderBy(h => h.First < s.First ? 0 : 1).ThenBy(h => Math.Abs(h.First - s.First)).Select(h => h.Person).FirstOrDefault();
            if (person is null)
            {
                person = UnnamedPerson(country is null ? title : Surface(first, s.End), doc.Tokens[s.End - 1].Value);
            }

            doc.AddMention(new MentionInfo(s.First, s.End, doc.Tokens[s.First].Start, doc.Tokens[s.End - 1].End, MentionKind.Title, person)
            {
                Confidence = 0.6,
                FullStart = doc.Tokens[first - 1].Start,
                FullFirstToken = first - 1,
            });
        }
    }

    // The person whose name is set off by a comma right after a title: "the Iraqi Foreign Minister, Ibrahim al-Jaafari".
    private MentionInfo? Apposed(int end) =>
        doc.TokenAt(end).Value == "," && doc.MentionAt[end + 1] is { Entity.Type: EntityType.Person, Entity.IsNominal: false } m
        && m.FirstToken == end + 1 ? m : null;

    /// <summary>A person known only by a description ("Foreign Secretary", "mayor of Kyiv"), one per description.</summary>
    public EntityInfo UnnamedPerson(string description, string head)
    {
        var person = GetOrCreate("nom-person:" + description.ToLowerInvariant(), EntityType.Person, description);
        person.IsNominal = true;
        person.Head ??= head.ToLowerInvariant();
        return person;
    }

    /// <summary>
    /// A body known only by a description ("Macron's office", "the electoral commission", "the Comoros government"), one
    /// per <paramref name="description"/>.
    /// </summary>
    public EntityInfo UnnamedBody(string description, string name, string head)
    {
        var body = GetOrCreate("nom-org:" + description.ToLowerInvariant(), EntityType.Organization, name);
        body.IsNominal = true;
        body.Head = head.ToLowerInvariant();
        return body;
    }

    public EntityInfo GetOrCreate(string key, EntityType type, string name)
    {
        if (!byKey.TryGetValue(key, out var entity))
        {
            entity = new EntityInfo(key, type, name);
            byKey[key] = entity;
            doc.Entities.Add(entity);
        }

        return entity;
    }

    public EntityInfo? Find(string key) => byKey.GetValueOrDefault(key);

    public EntityInfo CountryEntity(PlaceRecord record)
    {
        var e = GetOrCreate(record.Key, record.Type, record.Name);
        e.Record ??= record;
        return e;
    }

    // Every segment taken for a person's name with the same words as s gets another kind.
    private void RetypePersonEverywhere(List<Segment> segments, Segment s, SegmentKind kind, double? confidence = null)
    {
        var surface = Surface(s.First, s.End);
        foreach (var same in segments.Where(x => x.Kind == SegmentKind.Person && Surface(x.First, x.End) == surface))
        {
            same.Kind = kind;
            same.Confidence = confidence ?? same.Confidence;
        }
    }

    // Words that may follow the name of a place but not a person's name used as a modifier ("the Tom Cruise video").
    private static readonly HashSet<string> WordsAfterAPlace = new(StringComparer.Ordinal)
    {
        "since", "in", "on", "at", "to", "from", "for", "and", "or", "but", "was", "is", "were", "are", "has", "had", "have",
        "which", "where", "near", "after", "before", "during", "until", "with", "by", "of",
    };

    private void Classify(Segment s, List<Segment> segments)
    {
        var len = s.End - s.First;
        if (len <= 3 && segments.Any(o => o.Kind == SegmentKind.Organization && o.End - o.First == len + 1 && o.First != s.First
                && ShortNameSuffixes.Contains(doc.Tokens[o.End - 1].Value) && Surface(o.First, o.End - 1) == Surface(s.First, s.End)))
        {
            // "Polisario said" after "the Polisario Front": the body's short name, resolved with the names met.
            return;
        }

        var prev = segments.LastOrDefault(x => x.End <= s.First && x.RunFirst == s.RunFirst);
        if (prev is not null && prev.End == s.First && prev.Kind == SegmentKind.Title
            && segments.FirstOrDefault(x => x.First == s.End && x.RunFirst == s.RunFirst) is { Kind: SegmentKind.Title })
        {
            // "Chief Cabinet Secretary Yoshimasa Hayashi": a word between two title words is part of the title.
            s.Kind = SegmentKind.Title;
            return;
        }

        if (prev is not null && prev.End == s.First && prev.Kind is SegmentKind.Title or SegmentKind.Honorific)
        {
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.85;
            return;
        }

        if (len is 2 or 3 && s.End == s.RunEnd && prev is not null && prev.End == s.First && prev.First == s.RunFirst
            && prev.Kind == SegmentKind.Gazetteer && NameFinder.TitleAndPrepositionBefore(doc, s.RunFirst))
        {
            // "Ambassador to the United States Hamdullah Mohib": the name after the place a title serves.
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.75;
            return;
        }

        var before = s.First == s.RunFirst ? doc.TokenAt(s.RunFirst - 1) : default;
        if (before.Kind == TokenKind.Word && !before.IsCapitalized
            && (lexicon.Titles.Contains(before.Value) || lexicon.Occupations.Contains(before.Value)
                || lexicon.PersonNominals.Contains(before.Value)))
        {
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.8;
            return;
        }

        if (before.Kind == TokenKind.Word && !before.IsCapitalized && len <= 3 && BodyNouns.Contains(before.Value)
            && before.Value is not ("force" or "forces" or "groups"))
        {
            // "state energy company Naftogaz", "the rebel group M23", "broadcaster Channel 12": the body's name.
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.75;
            return;
        }

        // "a spokesman for Radaa": whom a spokesman speaks for, named by no person's given name, is a body.
        if (len <= 3 && s.First == s.RunFirst && s.End == s.RunEnd && doc.IsWord(s.First - 1, "for")
            && doc.TokenAt(s.First - 2).Value is "spokesman" or "spokeswoman" or "spokesperson"
            && !doc.Gazetteer.Names.Contains(doc.Tokens[s.First].Value))
        {
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.6;
            return;
        }

        var first = doc.Tokens[s.First];
        if (len == 1 && lexicon.OrgSuffixes.Contains(first.Value) && doc.IsWord(s.First - 1, "the"))
        {
            // "the Coalition", "the Court": a capitalised organisation word standing alone names a known body.
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.6;
            return;
        }

        if (len == 1 && first.Value is "State" or "Province" or "Region" or "Republic" or "Kingdom" && doc.IsWord(s.First - 1, "the")
            && s.End == s.RunEnd)
        {
            // "the State", "the Republic": a capitalised kind of polity standing alone names the one in question.
            s.Kind = SegmentKind.Place;
            s.Confidence = 0.6;
            return;
        }

        if (len == 1 && first.IsAllCaps && DatelinePlace(s) is { } dateline)
        {
            // "GENEVA — The World Health Organization ...": the place the story was filed from.
            s.Kind = SegmentKind.Gazetteer;
            s.Entry = dateline;
            return;
        }

        // Not a kind of place in capitals, as in the dateline "GAZA CITY, Jan 5 -".
        // "the CNDP rebel group": an acronym before the noun for a body names the body.
        // Seven or eight capitals ("MONUSCO", "MINUSMA") are an acronym too, unless the word is written in lower case
        // elsewhere or opens a sentence as a label or a dateline ("BREAKING:", "HARGEISA, Somaliland -").
        if (len == 1 && first.IsAllCaps
            && (first.Value.Length is >= 2 and <= 6
                || first.Value.Length <= 8 && !doc.LowercaseWords.Contains(first.Value.ToLowerInvariant())
                && !doc.TokenAt(s.End).Is(":") && !(doc.TokenAt(s.End).Is(",") && s.First == doc.Sentences[doc.SentenceOf[s.First]].FirstToken))
            && (!ModifiesNoun(s.End) || BodyNounHeads(s.End))
            && !lexicon.ThingAcronyms.Contains(first.Value) && !DatelineBeforeCountry(s)
            && !IsRomanNumeral(first.Value) && !first.Value.Contains('-', StringComparison.Ordinal)
            && !NameFinder.IsPlaceKind(first.Value))
        {
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.7;
            return;
        }

        // "under the control of SSC-Khatumo": who holds a place, and no person's given name opens it, is a body.
        if (s.First == s.RunFirst && UnderControlOf(doc.IsWord(s.First - 1, "the") ? s.First - 2 : s.First - 1)
            && !doc.Gazetteer.Names.Contains(first.Value))
        {
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.6;
            return;
        }

        if (s.End == s.RunEnd && AppositiveBodyAfter(s.End))
        {
            s.Kind = SegmentKind.Organization;
            s.Confidence = 0.7;
            return;
        }

        // "House Democrats", "Senate Republicans": a group named by its last word, not a person.
        if (lexicon.GroupNominals.Contains(doc.Tokens[s.End - 1].Value))
        {
            return;
        }

        var lastIsName = doc.Gazetteer.Names.Contains(doc.Tokens[s.End - 1].Value);
        if (len >= 2 && len <= 4 && s.First == s.RunFirst && s.End == s.RunEnd
            && !doc.LowercaseWords.Contains(first.Value.ToLowerInvariant()) && !NameFinder.IsRegionPrefix(first.Value)
            && (doc.Gazetteer.Names.Contains(first.Value) || (lastIsName && len == 2 && !HeldPlaceVerbs.Contains(doc.TokenAt(s.First - 1).Value)
                && !ListedAfterATown(s, segments)))
            && KindAfterName(s) is null && !ModifiesANoun(s) && !TakenAsPlace(s) && !LeftAsPlace(s) && !IsHeldBy(doc.TokenAt(s.First - 1).Value))
        {
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.7;
            return;
        }

        // "Officials, who spoke on condition of anonymity, said": a plural noun opening the sentence describes people.
        if (len == 1 && (lexicon.GroupNominals.Contains(first.Value.ToLowerInvariant()) || lexicon.PersonNominals.Contains(first.Value.ToLowerInvariant())))
        {
            return;
        }

        // "the main town, Daggar, local police chief Zarif Khan told AFP": a name a kind of place describes is no person.
        // (Not "In Hargeisa, Somaliland's foreign minister, Mohamed Abdi Jama, said": where the sentence is set.)
        if (s.End == s.RunEnd && (AppositiveRoleAfter(s.End) && KindBeforeName(s) is null && !doc.IsWord(s.First - 1, "in") && !doc.IsWord(s.First - 1, "at")
                || (len >= 2 && IsCueAt(s.End)))
            || (len >= 2 && s.First == s.RunFirst && before.Kind == TokenKind.Word && IsCueWord(before.Value))
            || (len is 2 or 3 && s.First == s.RunFirst && s.End == s.RunEnd && before.Kind == TokenKind.Word
                && lexicon.AppointingVerbs.Contains(before.Value) && doc.IsWord(s.End, "as"))
            || (len == 1 && s.End == s.RunEnd && (SpeakerAfterQuote(s) || LeaderOfRegime(s.End)))
            || (len is 2 or 3 && s.First == s.RunFirst && s.End == s.RunEnd && DescriptionBefore(s.First))
            || (len == 1 && s.First == s.RunFirst && s.End == s.RunEnd && doc.Gazetteer.Names.Contains(first.Value)
                && doc.TokenAt(s.End).Value == "," && DescriptionBefore(s.First)))
        {
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.75;
        }
        else if (len == 1 && s.First == s.RunFirst && s.End == s.RunEnd && SurnameSpeaks(s))
        {
            // "Zelensky told reporters ...": one unknown name speaking is most often a person's surname.
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.6;
        }
        else if (len is 2 or 3 && s.First == s.RunFirst && s.End == s.RunEnd && LooksLikeAPersonsName(s) && KindAfterName(s) is null
            && !ActsAsPlace(s) && !ListedAfterATown(s, segments))
        {
            // "forces loyal to Muammar Gaddafi": two or three unknown names in a row, with nothing that makes them a
            // place or a body, most often name a person.
            s.Kind = SegmentKind.Person;
            s.Confidence = 0.5;
        }
    }

    // "including Bahir Dar and Debre Markos", "the districts of ad-Durayhimi and Bayt al-Faqih": a name listed after a town
    // or region is left for the lists of places to decide (a person is seldom listed with a town).
    private bool ListedAfterATown(Segment s, List<Segment> segments) =>
        doc.TokenAt(s.First - 1).Value is "and" or "or" or ","
        && segments.LastOrDefault(x => x.End == s.First - 1) is { } listed
        && (listed.Kind == SegmentKind.Place
            || listed.Kind == SegmentKind.Gazetteer && listed.Entry?.Kind is PhraseKind.City or PhraseKind.Place or PhraseKind.Region);

    private bool LooksLikeAPersonsName(Segment s)
    {
        var before = doc.TokenAt(s.First - 1);
        var first = doc.Tokens[s.First].Value;
        // "Anucha Srisawat called on Phnom Penh to ...": opening a sentence, unknown names that speak are a person's.
        var speaksFirst = s.First == doc.Sentences[doc.SentenceOf[s.First]].FirstToken
            && doc.TokenAt(doc.IsWord(s.End, "also") ? s.End + 1 : s.End) is { Kind: TokenKind.Word, IsCapitalized: false } verb
            && lexicon.Cues.ContainsKey(verb.Value);
        if (!speaksFirst && (before.Kind != TokenKind.Word || before.IsCapitalized || before.Value is "the" or "of" or "in" or "at" or "from" or "near"
                || !lexicon.Stopwords.Contains(before.Value) && !before.Value.EndsWith("ed", StringComparison.Ordinal))
            || first is "Operation" or "Exercise" or "Project" or "Mission" or "Camp" or "Fort" or "Mount" or "Lake" or "Cape" or "Port"
            || first.EndsWith("ist", StringComparison.Ordinal) || NameFinder.IsRegionPrefix(first))
        {
            // Not at a sentence's start, after "the", a preposition of place or a noun: "the Rose Garden", "in Wad
            // Madani", "journal Nature Climate Change"; nor an operation or a follower ("Scientologist Tom Cruise"),
            // nor part of a region ("to Middle Shabelle", "Lower Juba").
            return false;
        }

        for (var k = s.First; k < s.End; k++)
        {
            var t = doc.Tokens[k];
            var lower = t.Value.ToLowerInvariant();
            if (!t.IsCapitalized || t.IsAllCaps || t.Value.Length < 3 || t.Value.Any(char.IsDigit) || doc.LowercaseWords.Contains(lower)
                || lexicon.Stopwords.Contains(lower) || lexicon.Things.Contains(t.Value) || lexicon.IsOrgWord(t.Value)
                || NameFinder.IsPlaceKind(lower) || lexicon.DescribesPerson(lower))
            {
                return false;
            }
        }

        return true;
    }

    private bool SurnameSpeaks(Segment s)
    {
        var word = doc.Tokens[s.First];
        var lower = word.Value.ToLowerInvariant();
        // "The Resolution demanded": a surname takes no article; "a local official in Maqbanah said": nor a preposition of place.
        return !word.IsAllCaps && word.Value.Length >= 3 && !word.Value.Contains('-', StringComparison.Ordinal) && !doc.IsWord(s.First - 1, "the")
            && !(doc.TokenAt(s.First - 1) is { Kind: TokenKind.Word, IsCapitalized: false } before && NameFinder.IsPlacePreposition(before.Value))
            && (doc.TokenAt(s.End).Value is "said" or "says" or "told" or "tells" or "added" or "adds" or "wrote" or "writes" or "insisted" or "warned" or "argued"
                || IsCueWord(doc.TokenAt(s.End).Value) && doc.TokenAt(s.End).Value.EndsWith("ed", StringComparison.Ordinal)
                || doc.TokenAt(s.End).Value is "called" && doc.TokenAt(s.End + 1).Value is "on" or "for")
            && !doc.LowercaseWords.Contains(lower) && !lexicon.Stopwords.Contains(lower) && !lexicon.DescribesPerson(lower)
            && !lexicon.GroupNominals.Contains(lower) && !lexicon.OrgNominals.Contains(lower) && !lexicon.OrgSuffixes.Contains(word.Value)
            && !lexicon.Things.Contains(word.Value);
    }

    // "part XVII", "Henry VIII": a numeral, not an acronym.
    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M') && word != "CDC";

    // `"...," said Russell.` and `"...," Peskov told journalists`: the one name right after a quotation, before or
    // after its cue, is its speaker.
    private bool SpeakerAfterQuote(Segment s) =>
        s.First == s.RunFirst
        && (IsCueAt(s.First - 1) && doc.TokenAt(s.First - 2).Kind == TokenKind.Quote && doc.TokenAt(s.End).Value is "." or "," or ";"
            || ClosesQuote(s.First - 1) && IsCueAt(s.End));

    // A closing quotation mark, with the comma inside or outside it.
    private bool ClosesQuote(int k)
    {
        var mark = doc.TokenAt(k).Value == "," ? k - 1 : k;
        return mark >= 0 && doc.TokenAt(mark).Kind == TokenKind.Quote && doc.QuoteWithMark(mark) is { } q && q.CloseToken == mark;
    }

    // "the Assad regime", "Assad's brutal regime", "the Obama administration", "the Monti government": a name
    // before these is its leader.
    private bool LeaderOfRegime(int end)
    {
        var next = doc.TokenAt(end).Value is "'s" or "\u2019s" ? end + 1 : end;
        if (doc.TokenAt(next) is { Kind: TokenKind.Word, IsCapitalized: false } adjective && !IsRegimeWord(adjective.Value))
        {
            next++;
        }

        return doc.TokenAt(next) is { Kind: TokenKind.Word, IsCapitalized: false } head && IsRegimeWord(head.Value);
    }

    private static bool IsRegimeWord(string word) => word is "regime" or "administration" or "government";

    // Verbs whose object is a place held or taken.
    private static readonly HashSet<string> HeldPlaceVerbs = new(StringComparer.Ordinal)
    {
        "holds", "controls", "captured", "seized", "retook", "recaptured", "occupies", "occupied", "besieged", "shelled", "liberated",
        "captures", "seizes", "retakes", "recaptures", "overran", "stormed", "encircled",
        "control", "controlled", "hold", "occupy", "retake", "recapture", "besiege", "encircle",
    };

    // A name held, taken, lost or left: "captured Maarat al-Numan", "Laukkai fell to", "withdrew from Wad Madani",
    // "Ukrainian-held Chasiv Yar".
    // "its fighters still held La Gabarra", "had held Avdiivka": held all along (not "police held Smith").
    private bool ActsAsPlace(Segment s) =>
        HeldPlaceVerbs.Contains(doc.TokenAt(s.First - 1).Value) || TakenAsPlace(s) || LeftAsPlace(s) || IsHeldBy(doc.TokenAt(s.First - 1).Value)
        || doc.IsWord(s.First - 1, "held") && doc.TokenAt(s.First - 2).Value is "still" or "had" or "has" or "have" or "long" or "firmly";

    // "lost Bara to the RSF", "withdrew from Wad Madani", "pulled out of Kupiansk": a name a side loses or leaves is a place.
    private bool LeftAsPlace(Segment s) =>
        doc.IsWord(s.First - 1, "lost") && doc.IsWord(s.End, "to")
        || doc.IsWord(s.First - 1, "from") && doc.TokenAt(s.First - 2).Value is "withdrew" or "withdrawn" or "retreated" or "withdrawing" or "retreating"
        || doc.IsWord(s.First - 1, "of") && doc.IsWord(s.First - 2, "out") && doc.TokenAt(s.First - 3).Value is "pulled" or "withdrew" or "driven" or "drove" or "pushed";

    /// <summary>Verbs of holding a place to be something: "considers Taiwan a province", "regards Crimea as part of".</summary>
    internal static readonly HashSet<string> ConsideringVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "considers", "considered", "consider", "regards", "regarded", "regard", "sees", "views", "viewed",
    };

    // "Lebanon considers the Shebaa Farms part of its territory": what a party considers part of a land is a place.
    private bool ConsideredPartOf(Segment s)
    {
        var verb = doc.IsWord(s.First - 1, "the") ? s.First - 2 : s.First - 1;
        var whole = doc.TokenAt(s.End + 2).Value is "its" or "their" or "the" ? s.End + 3 : s.End + 2;
        return doc.IsWord(s.End, "part") && doc.IsWord(s.End + 1, "of") && !doc.Gazetteer.Names.Contains(doc.Tokens[s.First].Value)
            && ConsideringVerbs.Contains(doc.TokenAt(verb).Value)
            && (doc.TokenAt(whole).Value is "territory" or "land" or "soil" or "country" or "homeland"
                || doc.Gazetteer.Lookup(doc.Tokens, whole, 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Region) == true);
    }

    // "Laukkai fell to the MNDAA", "Varosha is controlled by the army", "Lyman remains in Russian hands", "Paletwa is
    // part of Chin State": the subject of "fell to", of a passive of controlling or taking back, of being under a side's
    // control or in its hands, or of being part of a known region is a place.
    private bool TakenAsPlace(Segment s)
    {
        var k = s.End;

        // "Khan Sheikhoun, further south, fell to", "Soledar, about 15 kilometres away, was seized": over a short aside
        // in lower case.
        if (doc.TokenAt(k).Value == ",")
        {
            var close = k + 1;
            while (close < k + 8 && doc.TokenAt(close) is { Kind: TokenKind.Word, IsCapitalized: false } or { Kind: TokenKind.Number })
            {
                close++;
            }

            k = close > k + 1 && doc.TokenAt(close).Value == "," ? close + 1 : k;
        }

        // Not "fell to his death", "fell to the ground".
        if (doc.IsWord(k, "fell") || doc.IsWord(k, "falls"))
        {
            return doc.IsWord(k + 1, "to") && doc.TokenAt(k + 2).Value is not ("his" or "her" or "their" or "death" or "earth")
                && doc.TokenAt(k + 3).Value is not ("ground" or "floor" or "death");
        }

        if (doc.TokenAt(k).Value is not ("is" or "was" or "has" or "had" or "remains" or "remained"))
        {
            return false;
        }

        k = doc.IsWord(k + 1, "been") ? k + 2 : k + 1;
        // Not "held", "captured" or "seized": people are held and captured too.
        if (doc.TokenAt(k).Value is "controlled" or "occupied" or "retaken" or "recaptured" or "besieged" or "overrun" or "annexed"
            or "administered" && doc.IsWord(k + 1, "by"))
        {
            return true;
        }

        // "Mbau is back under the control of our forces", "Sinder remains firmly under army control".
        while (doc.TokenAt(k).Value is "back" or "now" or "still" or "firmly" or "fully" or "completely" or "entirely" or "again"
            or "administratively" or "formally" or "legally" or "officially" or "technically")
        {
            k++;
        }

        // "Lyman remains in Russian hands", "Sittwe is still in military hands".
        if (doc.IsWord(k, "in") && (doc.IsWord(k + 2, "hands") || doc.IsWord(k + 3, "hands") && doc.IsWord(k + 1, "the")))
        {
            return true;
        }

        // "Paletwa is administratively part of Chin State": what is part of a known country or region is a place.
        if (doc.IsWord(k, "part") && doc.IsWord(k + 1, "of"))
        {
            var whole = doc.TokenAt(k + 2).Value is "the" ? k + 3 : k + 2;
            return doc.Gazetteer.Lookup(doc.Tokens, whole, 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Region) == true
                || doc.MentionAt[whole] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location };
        }

        if (!doc.IsWord(k, "under"))
        {
            return false;
        }

        for (var j = k + 1; j <= k + 3; j++)
        {
            if (doc.TokenAt(j).Value is "control" or "occupation" or "siege")
            {
                return true;
            }
        }

        return false;
    }

    // "a string of towns in North Kivu, including Rutshuru and Kiwanja": the names listed after "including" or "such as"
    // when the words before it name kinds of place in the plural.
    private bool ListedAfterKindsOfPlace(Segment s)
    {
        var sentenceFirst = doc.Sentences[doc.SentenceOf[s.First]].FirstToken;
        var k = s.First - 1;
        // Over the items and their dates: "including Jabrayil on October 9 and Fuzuli".
        while (k > sentenceFirst && s.First - k < 16 && (doc.Tokens[k].Value is "," or "and" || doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }
            || doc.Tokens[k].Kind == TokenKind.Number && doc.AfterOnDate(k - 2) == k + 1 || doc.AfterOnDate(k) > k))
        {
            k--;
        }

        var opener = doc.IsWord(k, "including") ? k : doc.IsWord(k, "as") && doc.IsWord(k - 1, "such") ? k - 1 : -1;
        // The nearest plural noun before it decides: "towns in North Kivu since ..., including", not "the ancient gods,
        // such as".
        for (var j = opener - 1; opener > 0 && j >= sentenceFirst && opener - j <= 20; j--)
        {
            if (doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } plural && plural.Value.Length > 3 && plural.Value.EndsWith('s')
                && !plural.Value.EndsWith("ss", StringComparison.Ordinal) && !plural.Value.EndsWith("us", StringComparison.Ordinal)
                && !lexicon.Stopwords.Contains(plural.Value))
            {
                return NameFinder.IsPluralPlaceKind(plural.Value);
            }
        }

        return false;
    }

    // "Tamil Tiger stronghold", "Tamil Tiger rebels": a name right before a noun for a place or for fighters is a
    // modifier of that noun, not a person's name.
    private bool ModifiesANoun(Segment s) =>
        doc.TokenAt(s.End) is { Kind: TokenKind.Word, IsCapitalized: false } next
        && (next.Value is "stronghold" or "strongholds" or "positions" or "heartland" or "territory" or "bastion"
            || lexicon.GroupNominals.Contains(next.Value) && next.Value.EndsWith('s'));

    // A body named "X Front" is often "X" alone; not kinds such as "Army" or "Council", whose first word may be a
    // place or an adjective ("Arakan Army", "Security Council").
    private static readonly HashSet<string> ShortNameSuffixes = new(StringComparer.Ordinal)
    {
        "Front", "Movement", "Group", "Brigade", "Brigades", "Militia", "Party", "Union",
    };

    private void ResolveUnknown(Segment s)
    {
        // "Unfortunately, the town of ...": an adverb opening a sentence, and a language ("known in Arabic as"), name nothing.
        if (s.End - s.First == 1 && (IsLanguageOfAName(s.First) || OpensWithAdverb(s)))
        {
            return;
        }

        var surface = Surface(s.First, s.End);
        if (NamedAlsoAs(s) is { } known)
        {
            // "Dagalo, known as Hemedti,", "Mohamed Bacar, also known as ...": another name of the same one.
            Mention(s, known, MentionKind.Name, 0.7);
            return;
        }

        // A surname or first name of a person met elsewhere in the article; not the whole name of one where it is
        // held or left as a place ("withdrew from Wad Madani"): that "person" was the place misread.
        // (The compound of "Ukrainian-held Chasiv Yar" opens the capitalised run the name is in.)
        var actsAsPlace = s.End - s.First <= 3 && (s.First == s.RunFirst || IsHeldBy(doc.TokenAt(s.First - 1).Value)) && ActsAsPlace(s);
        var person = doc.Entities.Where(e => e.Type == EntityType.Person && !e.IsNominal)
            .Where(e => IsPartOfName(e.Name, surface) || e.Name == surface && !actsAsPlace)
            .OrderBy(e => e.FirstToken > s.First ? 1 : 0).ThenBy(e => e.FirstToken).FirstOrDefault();
        if (person is not null)
        {
            Mention(s, person, MentionKind.Name, 0.8);
            return;
        }

        // The distinctive last word of an organisation named earlier ("Scientology" after "Church of Scientology").
        if (s.End - s.First <= 3 && !surfaces.ContainsKey(surface))
        {
            var org = s.End - s.First > 1 ? null : doc.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && !e.IsNominal
                && e.Name.EndsWith(" of " + surface, StringComparison.Ordinal));
            // The name before a body's kind word: "Polisario" after "Polisario Front", "Islamic Courts" after
            // "Islamic Courts Union".
            org ??= doc.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && !e.IsNominal
                && e.Name.StartsWith(surface + " ", StringComparison.Ordinal) && ShortNameSuffixes.Contains(e.Name[(surface.Length + 1)..]));
            org ??= s.End - s.First < 2 ? null : BodyWithCountry(surface);
            if (org is not null)
            {
                surfaces[surface] = org;
            }
        }

        if (surfaces.TryGetValue(surface, out var same) && !(actsAsPlace && same.Type == EntityType.Person))
        {
            Mention(s, same, MentionKind.Name, 0.7);
            return;
        }

        // "China holds Aksai Chin", "Laukkai fell to the MNDAA": a name held, captured or entered is a place.
        if ((actsAsPlace || s.End - s.First <= 3 && s.First == s.RunFirst && ListedAfterKindsOfPlace(s))
            && MayBePlaceName(s)
            && !ModifiesANoun(s))
        {
            AddContextPlace(s, surface, null);
            return;
        }

        var of = OfBeforeName(s.RunFirst);
        var kindWord = doc.IsWord(of, "of") ? doc.TokenAt(of - 1).Value : null;
        if (s.End - s.First <= 3 && (PlaceByPreposition(s, surface) || PlaceBeforeCountry(s)
            || (s.First == s.RunFirst && kindWord is not null && PlaceByOf(kindWord) && !UnderControlOf(of))))
        {
            AddContextPlace(s, surface, kindWord);
        }
        else if (s.End - s.First <= 3 && ApposedPlaceKind(s) is { } apposedKind)
        {
            AddContextPlace(s, surface, apposedKind);
        }
        else if (s.End - s.First <= 3 && KindBeforeName(s) is { } kindBefore && MayBePlaceName(s))
        {
            AddContextPlace(s, surface, kindBefore);
        }
        else if (s.End - s.First <= 3 && s.First == s.RunFirst && KindAfterName(s) is { } kindAfter && MayBePlaceName(s))
        {
            AddContextPlace(s, surface, kindAfter);
        }
    }

    private bool OpensWithAdverb(Segment s) =>
        doc.Tokens[s.First].Value.EndsWith("ly", StringComparison.Ordinal) && doc.TokenAt(s.End).Value == ","
        && (s.First == doc.Sentences[doc.SentenceOf[s.First]].FirstToken || doc.TokenAt(s.First - 1).Kind == TokenKind.Quote);

    // An organisation's word ends the name before ", known as" at token first (over an acronym in brackets): "the Popular
    // Mobilisation Forces (PMF), known in Arabic as"; not "Abboud Qanbar (Arabic: ...), also known as Abu Haidar".
    private bool BodyNamedBeforeKnownAs(int first)
    {
        var comma = first - 1;
        while (comma > 0 && doc.Tokens[comma].Value != ",")
        {
            comma--;
        }

        var end = doc.IsWord(comma - 1, ")") && doc.IsWord(comma - 3, "(") ? comma - 3 : comma;
        return lexicon.IsOrgWord(doc.TokenAt(end - 1).Value);
    }

    // ", known as", ", also known in Arabic as" right before token first.
    private bool KnownAsBefore(int first)
    {
        var k = doc.IsWord(first - 1, "as") ? first - 2 : -1;
        k = IsLanguageOfAName(k) ? k - 2 : k;
        return doc.IsWord(k, "known") && (doc.TokenAt(k - 1).Value == "," || doc.TokenAt(k - 1).Value is "also" or "better" or "widely" && doc.TokenAt(k - 2).Value == ",");
    }

    // "known in Arabic as", "known locally in Pashto as": the capitalised word at token k names a language.
    private bool IsLanguageOfAName(int k) =>
        doc.TokenAt(k).IsCapitalized && doc.IsWord(k - 1, "in") && doc.IsWord(k - 2, "known") && doc.IsWord(k + 1, "as");

    // The person or body named right before ", known as", ", also known as", ", better known as", ", known by its
    // Arabic acronym": "Dagalo, known as Hemedti", "the rival Boko Haram faction, known by its Arabic acronym JAS".
    private EntityInfo? NamedAlsoAs(Segment s)
    {
        if (s.First != s.RunFirst)
        {
            return null;
        }

        // "known as the FLA".
        var k = doc.IsWord(s.First - 1, "the") && doc.IsWord(s.First - 2, "as") ? s.First - 2 : s.First - 1;
        if (doc.TokenAt(k).Value is "acronym" or "initials" or "abbreviation")
        {
            k--;
            while (k > s.First - 5 && doc.TokenAt(k) is { Kind: TokenKind.Word } word && word.Value is not ("its" or "the" or "their"))
            {
                k--;
            }

            if (doc.TokenAt(k).Value is not ("its" or "the" or "their") || !doc.IsWord(k - 1, "by"))
            {
                return null;
            }

            k -= 2;
        }
        else if (doc.IsWord(k, "as"))
        {
            k--;
        }
        else
        {
            return null;
        }

        // "known in Arabic as al-Hashd al-Shaabi": over the language the name is in.
        if (IsLanguageOfAName(k))
        {
            k -= 2;
        }

        if (!doc.IsWord(k, "known"))
        {
            return null;
        }

        var comma = doc.TokenAt(k - 1).Value is "also" or "better" or "widely" ? k - 2 : k - 1;
        if (doc.TokenAt(comma).Value != ",")
        {
            return null;
        }

        // A body's noun after its name: "the Boko Haram faction, known as".
        var end = doc.TokenAt(comma - 1) is { Kind: TokenKind.Word, IsCapitalized: false } noun && BodyNounsAfterAName.Contains(noun.Value) ? comma - 1 : comma;
        // Over an acronym in brackets: "the Popular Mobilisation Forces (PMF), known in Arabic as".
        if (doc.IsWord(end - 1, ")") && doc.IsWord(end - 3, "("))
        {
            end -= 3;
        }

        return MentionEndingAt(end) is { Entity.Type: EntityType.Person or EntityType.Organization } named
            && (end == comma || named.Entity.Type == EntityType.Organization)
            ? named.Entity
            : null;
    }

    /// <summary>A body's noun that can follow its name: "the Islamic State group", "the Boko Haram faction".</summary>
    public static bool IsBodyNounAfterName(string word) => BodyNounsAfterAName.Contains(word);

    private static readonly HashSet<string> BodyNounsAfterAName = new(StringComparer.Ordinal)
    {
        "faction", "group", "movement", "militia", "coalition", "alliance", "party", "organisation", "organization",
    };

    private static readonly HashSet<string> KindsBeforeAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "village", "town", "city", "capital", "port", "settlement", "enclave", "exclave",
    };

    // "the Tigrayan capital Mekelle", "the regional capital, Mekelle,", "the border town Adigrat": the kind of place
    // right before the name, in a phrase opened by "the".
    // Kinds of place that follow the name they are the kind of: "Marib province", "Gezira state", "the Aksai Chin plateau".
    private static readonly HashSet<string> KindsAfterAName = new(StringComparer.Ordinal)
    {
        "province", "district", "region", "state", "governorate", "oblast", "county", "municipality", "village", "town", "city",
        "island", "islands", "peninsula", "plateau", "valley", "desert", "enclave", "exclave", "territory", "corridor", "area",
        "crossing", "neighbourhood", "neighborhood", "suburb", "commune", "hill", "ridge", "shoal", "reef", "atoll", "camp",
    };

    private string? KindAfterName(Segment s)
    {
        // "the Jarinje border crossing", "the Lwegel border post", "the Abu Shouk displacement camp".
        var border = doc.IsWord(s.End, "border") && doc.TokenAt(s.End + 1).Value is "crossing" or "post"
            || doc.TokenAt(s.End).Value is "displacement" or "refugee" && doc.IsWord(s.End + 1, "camp");
        var at = border ? s.End + 1 : PluralKindAfterList(s.End);
        var kind = doc.TokenAt(at);
        var singular = at == s.End || border ? kind.Value : Singular(kind.Value);
        return s.End == s.RunEnd && kind.Kind == TokenKind.Word && !kind.IsCapitalized && (border || KindsAfterAName.Contains(singular))
            && (!doc.IsWord(at + 1, "of") || kind.Value is "neighbourhood" or "neighborhood" or "suburb") && !doc.IsWord(s.First - 1, "a") && !doc.IsWord(s.First - 1, "an")
            && !AdjectiveOfAKnownPlace(s)
            ? (border ? (kind.Value == "camp" ? "camp" : "crossing") : singular)
            : null;
    }

    // "the Masisi and Nyiragongo territories", "the Mopti, Segou and Timbuktu regions": where the plural kind of every
    // place of a list of names stands, for each name of it; else the token right after the name.
    private int PluralKindAfterList(int end)
    {
        var k = end;
        for (var items = 0; items < 4 && (doc.IsWord(k, "and") || doc.TokenAt(k).Value == ","); items++)
        {
            var name = k + 1;
            while (name - k <= 3 && doc.TokenAt(name) is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                name++;
            }

            if (name == k + 1)
            {
                return end;
            }

            k = name;
        }

        var plural = Singular(doc.TokenAt(k).Value);
        return k > end && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } word && word.Value != plural ? k : end;
    }

    private static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1]
        : plural;

    // "the Himalayan state": an adjective made from a known place's name ("Himalayas") describes the place after it.
    private bool AdjectiveOfAKnownPlace(Segment s)
    {
        var word = doc.Tokens[s.First].Value;
        return s.End - s.First == 1 && word.Length > 4 && word.EndsWith("an", StringComparison.Ordinal)
            && (doc.Gazetteer.Knows(word[..^1] + "s") || doc.Gazetteer.Knows(word[..^1]));
    }

    private string? KindBeforeName(Segment s)
    {
        var k = doc.TokenAt(s.First - 1).Value == "," ? s.First - 2 : s.First - 1;
        if (s.First != s.RunFirst || doc.TokenAt(k) is not { Kind: TokenKind.Word, IsCapitalized: false } kind || !KindsBeforeAName.Contains(kind.Value))
        {
            return null;
        }

        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (doc.Tokens[j].Value is "the" or "The")
            {
                return kind.Value.ToLowerInvariant();
            }

            if (doc.Tokens[j].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    // A word in capitals opening a sentence before a dash, comma or bracket ("GENEVA —", "KYIV, Ukraine (AP)") names a
    // town when the gazetteer knows one by that name.
    private PhraseEntry? DatelinePlace(Segment s)
    {
        var sentence = doc.Sentences[doc.SentenceOf[s.First]];
        if (s.First != sentence.FirstToken || doc.TokenAt(s.End).Value is not ("\u2014" or "\u2013" or "-" or "--" or "," or "("))
        {
            return null;
        }

        return doc.Gazetteer.Lookup(doc.Tokens, s.First, 1)?.FirstOrDefault(e => e.Kind is PhraseKind.City or PhraseKind.Region or PhraseKind.Country or PhraseKind.Place);
    }

    // "Novohrodivka, a town about 20 kilometres east of Pokrovsk": the kind of place set off after the name.
    // Strict, for a name that looks like a person's: the kind of place heads its phrase ("the capital of", "a town
    // in"), so that "a town councillor" is no place.
    private string? ApposedPlaceKind(Segment s, bool strict = false)
    {
        if (OneOfTheKinds(s) is { } oneOf)
        {
            return oneOf;
        }

        if (s.First != s.RunFirst || s.End != s.RunEnd || doc.TokenAt(s.End).Value != "," || !strict && !MayBePlaceName(s)
            || doc.TokenAt(s.End + 1).Value is not ("a" or "an" or "the"))
        {
            return null;
        }

        for (var k = s.End + 2; k < doc.Tokens.Count && k <= s.End + 4; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized)
            {
                return null;
            }

            if (strict && NameFinder.IsPlaceKind(t.Value) && t.Value is not ("area" or "camp" or "state")
                && doc.TokenAt(k + 1).Value is "of" or "in" or "near" or "on" or "," or ".")
            {
                return t.Value.ToLowerInvariant();
            }

            // "the capital of Tigray"; not "a capital management firm".
            if (!strict && NameFinder.IsPlaceKind(t.Value) && t.Value is not ("area" or "camp" or "state")
                && (t.Value != "capital" || doc.TokenAt(k + 1).Value is "of" or "," or "."))
            {
                return t.Value.ToLowerInvariant();
            }
        }

        return null;
    }

    // "Hirshabelle, one of Somalia's five federal member states", "Panjshir, one of the country's 34 provinces": the
    // kind of the places the name is one of.
    private string? OneOfTheKinds(Segment s)
    {
        if (s.First != s.RunFirst || s.End != s.RunEnd || doc.TokenAt(s.End).Value != "," || !doc.IsWord(s.End + 1, "one") || !doc.IsWord(s.End + 2, "of"))
        {
            return null;
        }

        for (var k = s.End + 3; k < doc.Tokens.Count && k <= s.End + 9; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && NameFinder.IsPluralPlaceKind(t.Value))
            {
                return doc.TokenAt(k - 1).Value is "'s" or "\u2019s" || doc.TokenAt(k - 1).Kind == TokenKind.Number
                    || k > s.End + 4 && doc.TokenAt(k - 1) is { Kind: TokenKind.Word, IsCapitalized: false }
                        ? Singular(t.Value)
                        : null;
            }

            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote && t.Value is not ("'s" or "\u2019s"))
            {
                return null;
            }
        }

        return null;
    }

    private void AddContextPlace(Segment s, string surface, string? kindWord)
    {
        // "BAGHOUZ, Syria (Reuters) - ... at Baghouz": a dateline's capitals name the place the story spells otherwise.
        if (s.End - s.First == 1 && doc.Tokens[s.First].IsAllCaps && surface.Length > 3)
        {
            var spelled = surface[0] + surface[1..].ToLowerInvariant();
            if (doc.Tokens.Any(t => t.Value == spelled))
            {
                surface = spelled;
            }
        }

        var place = GetOrCreate("gpe:" + surface, EntityType.GeopoliticalEntity, surface);
        if (kindWord is not null && (NameFinder.IsPlaceKind(kindWord) && kindWord != "capital" || kindWord == "crossing"))
        {
            place.KindWords.Add(kindWord);
        }

        Mention(s, place, MentionKind.Name, 0.6);
    }

    // "in Barakani", and "Near Palmyra" opening a sentence (the capitalised preposition is trimmed off the run);
    // "rebel-held Karabilah", "government-controlled Idlib".
    private bool PlaceByPreposition(Segment s, string surface)
    {
        int p = s.First - 1;
        var before = doc.TokenAt(p);
        bool opensSentence = p >= 0 && doc.Sentences[doc.SentenceOf[p]].FirstToken == p;
        // "moving towards Mullaitivu", "advanced toward Kharkiv", "fled towards Tajoura", "heading north-east towards
        // Hsenwi": a movement's goal (not "hostility toward Muslims").
        var goal = before.Value is "towards" or "toward" && doc.TokenAt(p - 1).Value is { Length: > 3 } verb
            && (verb.EndsWith("ing", StringComparison.Ordinal) || verb.EndsWith("ed", StringComparison.Ordinal) || verb is "fled" or "went" or "ran"
                || verb.StartsWith("north", StringComparison.Ordinal) || verb.StartsWith("south", StringComparison.Ordinal)
                || verb is "east" or "west");
        // "had withdrawn to Diabaly", "the main road to Dilling", "pushed back beyond Um Sumeima": where a road or a
        // retreat leads.
        goal |= before.Value == "to" && MovementsTo.Contains(doc.TokenAt(p - 1).Value) || before.Value is "beyond" or "around";
        // (Not a name that modifies the goal: "fled towards Misseriya grazing areas".)
        goal &= !(doc.TokenAt(s.End) is { Kind: TokenKind.Word, IsCapitalized: false } next && !lexicon.Stopwords.Contains(next.Value));
        return s.First == s.RunFirst && (!before.IsCapitalized || opensSentence) && before.Kind == TokenKind.Word
            && (NameFinder.IsPlacePreposition(before.Value) || goal || before.Value is { } word && (IsHeldBy(word) || word.EndsWith("-besieged", StringComparison.OrdinalIgnoreCase)))
            && !surface.EndsWith("ans", StringComparison.Ordinal) && !surface.EndsWith("ists", StringComparison.Ordinal);
    }

    // Words after which "to" leads to a place: a retreat, a flight or a road.
    private static readonly HashSet<string> MovementsTo = new(StringComparer.Ordinal)
    {
        "withdrawn", "withdrew", "withdraw", "fled", "flee", "fleeing", "retreated", "retreat", "moved", "headed", "returned",
        "advanced", "relocated", "evacuated", "deployed", "road", "roads", "route", "highway", "way", "back",
    };

    // "Iran-backed", "Saudi-led", "Britain-based", "Soviet-era": a compound whose first part may name a country.
    private static bool OfACountry(string word) =>
        word.IndexOf('-', StringComparison.Ordinal) > 1 && word[(word.LastIndexOf('-') + 1)..] is "backed" or "led" or "based" or "era" or "aligned"
            or "allied" or "funded" or "brokered" or "sponsored" or "supported" or "made" or "born" or "registered" or "owned";

    /// <summary>"rebel-held", "government-controlled", "Russian-occupied": a compound saying who holds the place after it.</summary>
    internal static bool IsHeldBy(string word) =>
        word.EndsWith("-held", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-controlled", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-occupied", StringComparison.OrdinalIgnoreCase);

    // The token before a name where an "of" may stand, over "nearby": "residents of nearby Atarib".
    private int OfBeforeName(int first) =>
        doc.TokenAt(first - 1).Value is "nearby" or "neighbouring" or "neighboring" && doc.IsWord(first - 2, "of") ? first - 2 : first - 1;

    // "the village of Sadanpoini", "the towns of Rabiyah", "north of Sinjar", "the liberation of Tabqa".
    private static bool PlaceByOf(string word) => NameFinder.IsPlaceKind(word) || PlaceOfNouns.Contains(word) || NameFinder.IsPluralPlaceKind(word);

    // "under the control of Ansar Dine": the "of" at token of names who holds the place, not a place.
    private bool UnderControlOf(int of) =>
        doc.IsWord(of - 1, "control") && (doc.IsWord(of - 2, "under") || doc.IsWord(of - 2, "the") && doc.IsWord(of - 3, "under"));

    /// <summary>
    /// Words whose "of" phrase is a place: directions from it, its parts, what happens to a besieged town, "out of".
    /// </summary>
    private static readonly HashSet<string> PlaceOfNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "suburbs",
        "centre", "center", "liberation", "siege", "isolation", "recapture", "residents", "inhabitants", "out",
        "control", "capture", "occupation", "annexation", "stronghold", "strongholds", "bastion",
    };

    // "Raqqah, Syria," and "Dayton, Ohio.": a name followed by a known country or region and then a pause.
    // "GORIS, Armenia — Thousands of ...": a town the gazetteer does not know, opening the story before its country.
    private bool DatelineBeforeCountry(Segment s) =>
        s.First == doc.Sentences[doc.SentenceOf[s.First]].FirstToken && doc.TokenAt(s.End).Value == "," && s.End + 1 < doc.Tokens.Count
        && doc.Gazetteer.Lookup(doc.Tokens, s.End + 1, 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Region) == true;

    private bool PlaceBeforeCountry(Segment s)
    {
        if (s.First != s.RunFirst || s.End != s.RunEnd || doc.TokenAt(s.End).Value != "," || !MayBePlaceName(s))
        {
            return false;
        }

        var next = doc.MentionAt[s.End + 1];
        if (next is null || next.Entity.Type != EntityType.GeopoliticalEntity || next.Entity.IsNominal
            || next.Entity.Record is not ({ IsCountry: true } or { IsRegion: true }))
        {
            return false;
        }

        var after = doc.TokenAt(next.EndToken);
        return next.EndToken >= doc.Tokens.Count || after.Value is "," or "." or ";" or ":" or ")"
            || DatelineBeforeCountry(s) && after.Value is "(" or "\u2014" or "\u2013" or "-" or "--";
    }

    // "Mosul and Karabilah", "Rabiyah and Zumar": a name listed beside a place is another place.
    private bool CoordinatedPlace(Segment s)
    {
        // "Nazi Germany and Stalin's Soviet Union": a possessor is more often a person.
        if (s.First != s.RunFirst || s.End != s.RunEnd || s.End - s.First > 3 || doc.MentionAt[s.First] is not null
            || !MayBePlaceName(s) || doc.TokenAt(s.End).Value is "'s" or "\u2019s")
        {
            return false;
        }

        static bool IsList(Token t) => t.Value is "and" or "or" or ",";
        var left = s.First >= 2 && IsList(doc.Tokens[s.First - 1]) ? MentionEndingAt(s.First - 1) : null;
        var right = IsList(doc.TokenAt(s.End)) ? doc.MentionAt[s.End + 1] : null;
        return (left ?? right) is { } m && m.Kind == MentionKind.Name && !m.Entity.IsNominal
            && m.Entity.Type == EntityType.GeopoliticalEntity
            && (left is null || right is null || right.Entity.Type == left.Entity.Type);
    }

    // A place known only from the words around it is not a common word ("the National Air and Space Museum"), nor an
    // organisation word ("Homeland Security Departments"), nor the end of a longer name ("the Arab Spring, Iran").
    private bool MayBePlaceName(Segment s)
    {
        // A capitalised word before the name, in its own sentence (a headline's last word is not).
        var last = doc.Tokens[s.End - 1].Value;
        var before = s.First > doc.Sentences[doc.SentenceOf[s.First]].FirstToken ? doc.TokenAt(s.First - 1) : default;
        // (A capitalised compound saying who holds it may: "Ukrainian-held Chasiv Yar".)
        return (before is not { Kind: TokenKind.Word, IsCapitalized: true } || IsHeldBy(before.Value))
            && !doc.LowercaseWords.Contains(last.ToLowerInvariant()) && !lexicon.IsOrgWord(last);
    }

    private MentionInfo? MentionEndingAt(int end) => doc.MentionAt[end - 1] is { } m && m.EndToken == end ? m : null;

    private void AddPerson(Segment s)
    {
        var surface = Surface(s.First, s.End);

        // "Mohamed Hamdan Dagalo, known as Hemedti. ... Hemedti said": the other name, there and after.
        var alias = NamedAlsoAs(s) is { Type: EntityType.Person } named ? named
            : surfaces.TryGetValue(surface, out var seen) && seen is { Type: EntityType.Person } && seen.Name != surface ? seen : null;
        if (alias is not null)
        {
            Mention(s, alias, MentionKind.Name, Math.Max(s.Confidence, 0.7));
            return;
        }

        if (s.End - s.First == 1)
        {
            var full = doc.Entities.FirstOrDefault(e => e.Type == EntityType.Person && !e.IsNominal && IsPartOfName(e.Name, surface));
            if (full is not null)
            {
                // The surname of a person the article names in full is as sure as that person (as in ResolveUnknown).
                Mention(s, full, MentionKind.Name, Math.Max(s.Confidence, 0.8));
                return;
            }
        }

        // "Ag Souleymane" after "Ibrahim Ag Souleymane", "Von der Leyen" after "Ursula von der Leyen": the last words of
        // a person's name the article gave in full.
        if (s.End - s.First >= 2)
        {
            var words = NameTokens(surface);
            var longer = doc.Entities.FirstOrDefault(e => e.Type == EntityType.Person && !e.IsNominal && NameTokens(e.Name) is { } full
                && full.Length > words.Length && full.TakeLast(words.Length).SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
            if (longer is not null)
            {
                Mention(s, longer, MentionKind.Name, Math.Max(s.Confidence, 0.8));
                return;
            }
        }

        // Spelling variants: same number of tokens, all but one equal ("Abdourahim Said Bakar" / "... Bacar").
        var tokens = NameTokens(surface);
        var variant = doc.Entities.FirstOrDefault(e => e.Type == EntityType.Person && !e.IsNominal
            && IsVariant(NameTokens(e.Name), tokens));
        var entity = variant ?? GetOrCreate("person:" + surface, EntityType.Person, surface);
        entity.Confidence = Math.Max(entity.Confidence, s.Confidence);
        Mention(s, entity, MentionKind.Name, s.Confidence);
    }

    private static bool IsVariant(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length < 3)
        {
            return a.SequenceEqual(b, StringComparer.Ordinal);
        }

        var diff = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                diff++;
            }
        }

        return diff <= 1 && a[0] == b[0];
    }

    private void AddGazetteer(Segment s)
    {
        var entry = s.Entry!;
        var record = entry.Record!;

        // "Anne Hidalgo ... Hidalgo dismissed": a town's or region's name that is the surname of a person the article
        // names in full.
        if (s.End - s.First == 1 && entry.Kind is PhraseKind.City or PhraseKind.Region or PhraseKind.Place
            && !(doc.TokenAt(s.First - 1) is { Kind: TokenKind.Word } before && (NameFinder.IsPlacePreposition(before.Value) || before.Is("of")))
            && doc.Entities.FirstOrDefault(e => e.Type == EntityType.Person && !e.IsNominal && e.Name.Contains(' ', StringComparison.Ordinal)
                && IsPartOfName(e.Name, doc.Tokens[s.First].Value, surnameOnly: true)) is { } person)
        {
            Mention(s, person, MentionKind.Name, 0.8);
            return;
        }

        if (entry.Kind == PhraseKind.Demonym && s.End - s.First == 1 && KindOfPlaceNamedByDemonym(s, record) is { } named)
        {
            // "the Crimean peninsula": the place the gazetteer knows as "Crimean Peninsula".
            Mention(new Segment(s.First, s.End + 1, SegmentKind.Gazetteer) { RunFirst = s.RunFirst, RunEnd = s.End + 1 }, named, MentionKind.Name, 0.8);
            return;
        }

        if (entry.Kind == PhraseKind.Demonym)
        {
            var country = CountryEntity(record);
            doc.AddMention(new MentionInfo(s.First, s.End, doc.Tokens[s.First].Start, doc.Tokens[s.End - 1].End,
                MentionKind.Name, country) { Adjectival = true, Confidence = 0.8 });
            return;
        }

        // A capital that is also a region of its own ("Moscow", "Kyiv", "Beijing") is in the gazetteer as that region.
        if (entry.Kind is PhraseKind.City or PhraseKind.Region && capitals.TryGetValue(record.Name, out var state)
            && (entry.Kind == PhraseKind.City || record.CountryCode == state.CountryCode) && UsedAsActor(s))
        {
            doc.AddMention(new MentionInfo(s.First, s.End, doc.Tokens[s.First].Start, doc.Tokens[s.End - 1].End,
                MentionKind.Metonym, CountryEntity(state)) { Confidence = 0.7 });
            return;
        }

        // "the General Staff" after "Ukraine's General Staff".
        if (entry.Kind == PhraseKind.Organization && s.End - s.First >= 2 && BodyWithCountry(Surface(s.First, s.End)) is { } withCountry)
        {
            Mention(s, withCountry, MentionKind.Name, 0.8);
            return;
        }

        Mention(s, CountryEntity(record), MentionKind.Name, 0.9);
    }

    private EntityInfo? KindOfPlaceNamedByDemonym(Segment s, PlaceRecord record)
    {
        var kind = doc.TokenAt(s.End);
        if (kind is not { Kind: TokenKind.Word, IsCapitalized: false } || !NameFinder.IsPlaceKind(kind.Value))
        {
            return null;
        }

        var demonym = doc.Tokens[s.First];
        var capitalised = char.ToUpperInvariant(kind.Value[0]) + kind.Value[1..];
        var match = doc.Gazetteer.Lookup([demonym, kind with { Value = capitalised }], 0, 2)?
            .FirstOrDefault(e => e.Kind != PhraseKind.Demonym && e.Record?.Key == record.Key);
        return match?.Record is { } place ? CountryEntity(place) : null;
    }

    private void AddFacility(Segment s)
    {
        var last = doc.Tokens[s.End - 1].Value;
        if (last is "Island" or "Islands" && s.End - s.First >= 2)
        {
            var prefix = Surface(s.First, s.End - 1);
            var known = doc.Entities.FirstOrDefault(e => e.Type is EntityType.GeopoliticalEntity or EntityType.Location
                && (e.Name == prefix || e.Mentions.Any(m => doc.Text[m.Start..m.End] == prefix)));
            var tokens = doc.Gazetteer.Lookup(doc.Tokens, s.First, s.End - s.First - 1);
            if (known is null && tokens is not null && tokens[0].Record is { } rec)
            {
                known = CountryEntity(rec);
            }

            if (known is not null)
            {
                known.KindWords.Add("island");
                Mention(s, known, MentionKind.Name, 0.8);
                return;
            }
        }

        // "Islamic State West Africa Province": a branch of a known body, named after the region it works in.
        if (s.End - s.First >= 3 && Enumerable.Range(2, Math.Min(4, s.End - s.First - 1) - 1)
                .Any(n => doc.Gazetteer.Lookup(doc.Tokens, s.First, n)?.Any(e => e.Kind == PhraseKind.Organization) == true))
        {
            AddNamed(s, EntityType.Organization, "org:");
            return;
        }

        var type = last is "Province" or "District" or "County" or "Region" or "Oblast" or "Governorate" or "State"
            ? EntityType.GeopoliticalEntity : EntityType.Location;
        AddNamed(s, type, "loc:");
    }

    private void AddNamed(Segment s, EntityType type, string prefix)
    {
        var surface = Surface(s.First, s.End);
        if (type == EntityType.Organization && s.End - s.First >= 2 && !byKey.ContainsKey(prefix + surface) && BodyWithCountry(surface) is { } withCountry)
        {
            // "the Defence Ministry" after "Russia's Defence Ministry" or "the Russian Defence Ministry": the same body,
            // named without its country.
            byKey[prefix + surface] = withCountry;
            Mention(s, withCountry, MentionKind.Name, s.Confidence);
            return;
        }

        if (type == EntityType.Organization && s.End - s.First >= 2 && !byKey.ContainsKey(prefix + surface) && BodyNamedInFull(surface) is { } full)
        {
            // "the Joint Forces" after "the Joint Forces of the Armed Struggle Movements": the body's name without what
            // it is of or for.
            byKey[prefix + surface] = full;
            Mention(s, full, MentionKind.Name, s.Confidence);
            return;
        }

        var entity = GetOrCreate(prefix + surface, type, surface);
        Mention(s, entity, MentionKind.Name, s.Confidence);
        if (type == EntityType.Organization)
        {
            MentionPossessorPlace(s);
        }
    }

    // A body named before with its country first: "Russia's Defence Ministry" for "Defence Ministry".
    private EntityInfo? BodyWithCountry(string surface) =>
        doc.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && !e.IsNominal
            && e.Name.EndsWith(" " + surface, StringComparison.Ordinal) && NamesACountry(e.Name[..^(surface.Length + 1)]));

    private bool NamesACountry(string words) => CountryNamedBy(words) is not null;

    // The one body named before whose name goes on from the surface with "of" or "for".
    private EntityInfo? BodyNamedInFull(string surface)
    {
        var bodies = doc.Entities.Where(e => e.Type == EntityType.Organization && !e.IsNominal
            && (e.Name.StartsWith(surface + " of ", StringComparison.Ordinal) || e.Name.StartsWith(surface + " for ", StringComparison.Ordinal))).Take(2).ToList();
        return bodies.Count == 1 ? bodies[0] : null;
    }

    /// <summary>The country that "Russia's", "Russian" or "Sudan's" names, or its demonym, before a body's own name.</summary>
    public EntityInfo? CountryNamedBy(string words)
    {
        var name = words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("\u2019s", StringComparison.Ordinal) ? words[..^2] : words;
        var tokens = Tokenizer.Tokenize(name, lexicon.PeriodWords);
        return tokens.Count is > 0 and <= 3 && doc.Gazetteer.Lookup(tokens, 0, tokens.Count)?.FirstOrDefault(e => e.Record is { IsCountry: true }) is { } entry
            ? CountryEntity(entry.Record!)
            : null;
    }

    // "Iraq's Security Forces", "Thailand's Constitutional Court": the body's name holds a mention of its country too
    // (nested in the name's span, so it has no tokens of its own).
    private void MentionPossessorPlace(Segment s)
    {
        for (var k = s.First + 1; k < s.End - 1 && k - s.First <= 3; k++)
        {
            if (doc.Tokens[k].Value is not ("'s" or "\u2019s"))
            {
                continue;
            }

            var place = doc.Gazetteer.Lookup(doc.Tokens, s.First, k - s.First)?.FirstOrDefault(e => e.Kind is PhraseKind.Country or PhraseKind.City or PhraseKind.Region);
            if (place?.Record is { } record)
            {
                var entity = CountryEntity(record);
                entity.Mentions.Add(new MentionInfo(s.First, k, doc.Tokens[s.First].Start, doc.Tokens[k - 1].End, MentionKind.Name, entity) { Confidence = 0.8 });
            }

            return;
        }
    }

    private void Mention(Segment s, EntityInfo entity, MentionKind kind, double confidence)
    {
        if (doc.MentionAt[s.First] is not null)
        {
            return;
        }

        doc.AddMention(new MentionInfo(s.First, s.End, doc.Tokens[s.First].Start, doc.Tokens[s.End - 1].End, kind, entity)
        {
            Confidence = confidence,
            FullStart = fullStarts.TryGetValue(s, out var full) ? doc.Tokens[full].Start : -1,
            FullFirstToken = fullStarts.TryGetValue(s, out var fullFirst) ? fullFirst : -1,
        });
        if (!entity.IsNominal)
        {
            surfaces.TryAdd(Surface(s.First, s.End), entity);
        }

        if (entity.Type == EntityType.Organization)
        {
            NoteBodyNouns(entity, s);
        }
        else if (entity.Type is EntityType.GeopoliticalEntity or EntityType.Location && kind == MentionKind.Name)
        {
            NoteKindWords(entity, s);
        }
    }

    // "the rebel group M23", "Naftogaz, the state energy company,": what kind of body the article calls it.
    private void NoteBodyNouns(EntityInfo entity, Segment s)
    {
        if (doc.TokenAt(s.First - 1) is { Kind: TokenKind.Word, IsCapitalized: false } before && BodyNouns.Contains(before.Value))
        {
            entity.KindWords.Add(before.Value);
        }

        if (doc.TokenAt(s.End).Value != "," || doc.TokenAt(s.End + 1).Value is not ("the" or "a" or "an"))
        {
            return;
        }

        // (Over compounds such as "Britain-based": "a Britain-based war monitor".)
        for (var k = s.End + 2; k <= s.End + 5 && doc.TokenAt(k) is { Kind: TokenKind.Word } word && (!word.IsCapitalized || word.Value.Contains('-')); k++)
        {
            if (BodyNouns.Contains(word.Value) && !doc.IsWord(k + 1, "of"))
            {
                entity.KindWords.Add(word.Value);
                return;
            }
        }
    }

    // "a breakaway region of", "an autonomous province of": a kind of place opened by "a" is a part of what follows.
    private bool DescribesAPartOf(int kind)
    {
        var k = kind - 1;
        while (k >= 0 && kind - k <= 5 && (doc.Tokens[k].Value.Contains('-', StringComparison.Ordinal) || doc.MentionAt[k] is { Adjectival: true }
            || doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } modifier && modifier.Value is not ("a" or "an" or "the")))
        {
            k--;
        }

        return k >= 0 && doc.Tokens[k].Value is "a" or "an" or "A" or "An";
    }

    // "the province of Idlib", "Idlib province": what kind of place the article calls it.
    private void NoteKindWords(EntityInfo entity, Segment s)
    {
        // "the city of Mosul" is a city; "the capital of Gezira" is not a capital, nor is Moldova "a breakaway region of
        // Moldova".
        if (doc.IsWord(s.First - 1, "of") && NameFinder.IsPlaceKind(doc.TokenAt(s.First - 2).Value) && !doc.IsWord(s.First - 2, "capital")
            && !DescribesAPartOf(s.First - 2))
        {
            entity.KindWords.Add(doc.TokenAt(s.First - 2).Value.ToLowerInvariant());
        }

        var after = doc.TokenAt(s.End);
        if (after.Kind == TokenKind.Word && !after.IsCapitalized && NameFinder.IsPlaceKind(after.Value))
        {
            entity.KindWords.Add(after.Value.ToLowerInvariant());
        }

        // "Wad Madani, the capital of Gezira state," and "Kidal, a town in the north,": the apposition says what it is.
        if (after.Is(",") && doc.TokenAt(s.End + 1).Value is "the" or "a" or "an")
        {
            for (var k = s.End + 2; k < s.End + 7; k++)
            {
                // "Transnistria, a pro-Russian breakaway region,": over the pieces of a hyphenated modifier.
                var word = doc.TokenAt(k);
                if (word.Value.Contains('-', StringComparison.Ordinal) || doc.MentionAt[k] is { Adjectival: true })
                {
                    continue;
                }

                if (word.Kind != TokenKind.Word || word.IsCapitalized)
                {
                    break;
                }

                if (NameFinder.IsPlaceKind(word.Value))
                {
                    entity.KindWords.Add(word.Value.ToLowerInvariant());
                    if (word.Is("capital"))
                    {
                        entity.KindWords.Add("city");
                    }

                    break;
                }
            }
        }
    }

    /// <summary>A capital used as the subject of a verb, or told something, stands for its government.</summary>
    private static readonly HashSet<string> ActorAdverbs = new(StringComparer.Ordinal)
    {
        "still", "also", "now", "already", "later", "then", "again", "never", "once", "long", "too", "quickly", "soon",
    };

    // Irregular past forms of what a government does: "since Baku took control", "Moscow sent troops".
    private static readonly HashSet<string> IrregularPastActs = new(StringComparer.Ordinal)
    {
        "took", "sent", "won", "lost", "held", "kept", "sought", "fought", "struck", "began", "made", "gave", "brought", "led",
        "broke", "froze", "withdrew", "overran", "retook", "shot", "drew", "threw",
    };

    /// <summary>A past tense of a deed that does not end in "-ed": "took", "fought", "overran".</summary>
    public static bool IsIrregularPastAct(string word) => IrregularPastActs.Contains(word);

    private bool UsedAsActor(Segment s)
    {
        var prev = doc.TokenAt(s.First - 1);

        // "told Moscow", "accused Baku of seeking ...": who is told or accused is a government.
        if (prev.Is("told") || prev.Is("accused") || prev.Is("accusing") || prev.Is("urged") || prev.Is("warned"))
        {
            return true;
        }

        // "claimed by both Baghdad and the Kurdistan Regional Government", "backed by Moscow": the agent of a passive.
        // "a pact signed last year by Baghdad and the KRG": over a time between the participle and "by".
        var by = prev.Is("both") ? s.First - 2 : s.First - 1;
        var participle = by - 1;
        while (participle > by - 4 && doc.TokenAt(participle) is { Kind: TokenKind.Word or TokenKind.Number } between
            && (between.Kind == TokenKind.Number || between.Value is "last" or "this" or "year" or "month" or "week" or "in" or "earlier" or "later"))
        {
            participle--;
        }

        if (doc.IsWord(by, "by") && doc.TokenAt(participle) is { Kind: TokenKind.Word, IsCapitalized: false } passive
            && passive.Value.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }
        // "still under the control of Kinshasa", "in the hands of Baku": who holds a place is a government.
        if (prev.Is("of") && doc.TokenAt(s.First - 2).Value is "control" or "hands")
        {
            return true;
        }

        if (prev.Kind == TokenKind.Word && (NameFinder.IsPlacePreposition(prev.Value) || prev.Is("of")))
        {
            return false;
        }

        // The verb may follow a relative clause ("Beijing, which has brokered ceasefires, urged") and an adverb or
        // two: "Moscow still occupies", "Beijing strongly condemned".
        var after = AfterRelativeClause(s.End);

        // "Both Baghdad and Erbil claim Kirkuk": the first of two names that share the verb (in its plural form), not
        // "flights between Moscow and Beijing resumed".
        var shared = false;
        if (doc.IsWord(after, "and") && !prev.Is("between"))
        {
            var other = doc.TokenAt(after + 1).Is("the") ? after + 2 : after + 1;
            var otherEnd = other;
            while (otherEnd < other + 6 && doc.TokenAt(otherEnd) is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                otherEnd++;
            }

            if (otherEnd > other)
            {
                after = otherEnd;
                shared = true;
            }
        }

        // "Beijing in turn claims".
        if (doc.IsWord(after, "in") && doc.IsWord(after + 1, "turn"))
        {
            after += 2;
        }

        var adverbsEnd = after + 2;
        while (after < adverbsEnd && doc.TokenAt(after) is { Kind: TokenKind.Word, IsCapitalized: false } adverb
            && (ActorAdverbs.Contains(adverb.Value) || adverb.Value.Length > 4 && adverb.Value.EndsWith("ly", StringComparison.Ordinal)))
        {
            after++;
        }

        var next = doc.TokenAt(after);

        if (next.Kind == TokenKind.Word && !next.IsCapitalized)
        {
            var v = next.Value;
            // "Kabul has been under Taliban rule since 2021", "Kabul has fallen": the city is the place held.
            if (v is "has" or "had" && (doc.TokenAt(after + 1).Value is "been" or "remained" or "stayed" && doc.IsWord(after + 2, "under")
                || doc.IsWord(after + 1, "fallen")))
            {
                return false;
            }

            return IsCueWord(v) || lexicon.ThinkingVerbs.Contains(v) || v.EndsWith("ed", StringComparison.Ordinal) || IrregularPastActs.Contains(v)
                || shared && (IsCueWord(v + "s") || v is "claim" or "control" or "hold" or "agree" or "insist" or "dispute")
                || (v.EndsWith('s') && !v.EndsWith("ss", StringComparison.Ordinal) && v.Length > 3)
                || v is "has" or "had" or "will" or "would" or "could" or "can" or "must" or "should";
        }

        return prev.Is("told") || prev.Is("accused");
    }

    // The token after ", which ... ," that follows a name (the clause closed by a comma within its sentence), else the
    // token right after the name.
    private int AfterRelativeClause(int end)
    {
        // ", which has brokered ceasefires," and ", Belgrade's closest ally,": a clause or description set off after the
        // name.
        var described = doc.TokenAt(end + 1).Value is "a" or "an" or "the"
            || doc.TokenAt(end + 1).IsCapitalized && doc.TokenAt(end + 2).Value is "'s" or "\u2019s";
        if (!doc.TokenAt(end).Is(",") || !doc.TokenAt(end + 1).Is("which") && !described)
        {
            return end;
        }

        var sentenceEnd = doc.Sentences[doc.SentenceOf[end]].EndToken;
        for (var k = end + 2; k < sentenceEnd && k < end + 25; k++)
        {
            if (doc.Tokens[k].Is(","))
            {
                return k + 1;
            }
        }

        return end;
    }

    private void LinkAcronyms()
    {
        var orgs = doc.Entities.Where(e => e.Type == EntityType.Organization).ToList();
        foreach (var acronym in orgs.Where(e => IsAcronymText(e.Name)).ToList())
        {
            var letters = acronym.Name.Replace(".", "", StringComparison.Ordinal);
            var full = orgs.FirstOrDefault(o => o != acronym && Initials(o.Name) == letters) ?? DefinedBefore(acronym);
            if (full is null)
            {
                continue;
            }

            MoveMentions(acronym, full);
        }

        // "the National Front for Liberation (NFL)": an acronym the gazetteer knows for another body ("National Football
        // League"), which the article writes only as that acronym, is the body named right before its brackets; where
        // that body is the known one spelt another way ("World Health Organisation (WHO)"), it is the known one.
        foreach (var known in orgs.Where(e => e.Mentions.Count > 0 && e.Mentions.All(m => IsAcronymText(doc.Text[m.Start..m.End]))).ToList())
        {
            if (DefinedBefore(known) is { } body && Initials(body.Name) == doc.Text[known.Mentions[0].Start..known.Mentions[0].End].Replace(".", "", StringComparison.Ordinal))
            {
                if (SpeltAlike(known.Name, body.Name))
                {
                    MoveMentions(body, known);
                }
                else
                {
                    MoveMentions(known, body);
                }
            }
        }
    }

    private static bool IsAcronymText(string text) => text.Length >= 2 && text.All(c => char.IsUpper(c) || c == '.');

    // British and American spellings of one name: "Organisation" and "Organization", "Defence" and "Defense".
    private static bool SpeltAlike(string a, string b) =>
        string.Equals(a.Replace('s', 'z').Replace('c', 'z'), b.Replace('s', 'z').Replace('c', 'z'), StringComparison.OrdinalIgnoreCase);

    // "The Coordination of Azawad Movements (CMA)": an acronym in brackets right after a body's name is that body's,
    // whatever the language its letters come from.
    private EntityInfo? DefinedBefore(EntityInfo acronym)
    {
        foreach (var m in acronym.Mentions)
        {
            if (doc.IsWord(m.FirstToken - 1, "(") && doc.IsWord(m.EndToken, ")")
                && doc.MentionAt[m.FirstToken - 2] is { Adjectival: false, Entity: { Type: EntityType.Organization } body } named
                && named.EndToken == m.FirstToken - 1 && body != acronym)
            {
                return body;
            }
        }

        return null;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    private bool IsCueAt(int i) => doc.TokenAt(i).Kind == TokenKind.Word && IsCueWord(doc.TokenAt(i).Value)
        || (doc.IsWord(i, "has") || doc.IsWord(i, "had")) && IsCueWord(doc.TokenAt(i + 1).Value);

    private bool IsCueWord(string? word) => !string.IsNullOrEmpty(word) && lexicon.Cues.TryGetValue(word, out var c)
        && c != CueClass.Fragment && char.IsLower(word[0]);

    // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has": a name set off by commas
    // after a description of one person ("the spokesman", "the secretary general of X (...)") is that person's.
    private bool DescriptionBefore(int first)
    {
        var i = first - 1;
        if (!doc.IsWord(i, ","))
        {
            return false;
        }

        i--;
        if (doc.IsWord(i, ")"))
        {
            while (i > 0 && !doc.IsWord(i, "(") && first - i < 12)
            {
                i--;
            }

            i--;
        }

        // "of CEI", "of the Interior Ministry"
        var k = i;
        while (k > 0 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: true } && i - k < 5)
        {
            k--;
        }

        if (k < i && (doc.IsWord(k, "of") || doc.IsWord(k, "the") && doc.IsWord(k - 1, "of")))
        {
            i = doc.IsWord(k, "of") ? k - 1 : k - 2;
        }

        var head = doc.TokenAt(i);
        if (head.Kind == TokenKind.Word && !head.IsCapitalized && lexicon.DescribesPerson(head.Value))
        {
            return true;
        }

        // "the head of the ruling junta, Assimi Goita,", "Russia's ambassador to the UN, Vassily Nebenzia,": an office
        // and what it serves.
        for (var j = i; j > 0 && i - j < 6 && doc.TokenAt(j) is { Kind: TokenKind.Word } word; j--)
        {
            if (word.Value is "of" or "for" or "to" or "in" && doc.TokenAt(j - 1) is { Kind: TokenKind.Word, IsCapitalized: false } office)
            {
                return lexicon.DescribesPerson(office.Value);
            }
        }

        return false;
    }

    private bool AppositiveRoleAfter(int end)
    {
        // "in Gojjam and Wollo, while the army holds most major towns": a clause, not a description, follows the comma.
        if (doc.TokenAt(end).Value != "," || ClauseOpeners.Contains(doc.TokenAt(end + 1).Value))
        {
            return false;
        }

        for (var i = end + 1; i < Math.Min(end + 7, doc.Tokens.Count); i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote
                || BodyNouns.Contains(t.Value) && doc.TokenAt(i + 1).Value is not ("'s" or "\u2019s")
                || NameFinder.KindOfPlaceHeads(doc, i, Math.Min(end + 7, doc.Tokens.Count)))
            {
                // "Mullaitivu, the last major town held by the rebels": a place ("major" is no rank here); '"... lost
                // Laukkai," a spokesperson said': the description after the quotation mark is its speaker's; not the
                // body whose the office is ("X, the Rewmi party's presidential candidate,").
                return false;
            }

            // "X, the 37-year-old daughter of", "X, who": a description of one person; not "took Gori, a Georgian
            // official said", where the description is the subject of a trailing attribution.
            // "Shwan Mahmoud Karim, a KDP lawmaker from Kirkuk,": one person described by what she or he is.
            if (lexicon.Titles.Contains(t.Value) || lexicon.Occupations.Contains(t.Value) || t.Is("who")
                || !t.IsCapitalized && lexicon.PersonNominals.Contains(t.Value) && doc.IsWord(i + 1, "of")
                || !t.IsCapitalized && lexicon.PersonNominals.Contains(t.Value) && doc.TokenAt(end + 1).Value is "a" or "an"
                    && doc.TokenAt(i + 1).Value is "," or "from" or "for" or "at" or "with")
            {
                return t.Is("who") || !(IsCueAt(i + 1) && doc.TokenAt(i + 2).Value is "." or "," or "on" or "in" or "at");
            }
        }

        return false;
    }

    // Words that open a clause after a comma, where an apposition cannot start.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "while", "whereas", "although", "though", "but", "because", "when", "where", "after", "before", "since", "until", "as",
    };

    /// <summary>
    /// Head nouns of descriptions of bodies: "The White Helmets, a civil defence group, said", "state energy company
    /// Naftogaz".
    /// </summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "groups", "organisation", "organization", "movement", "party", "charity", "company", "firm", "agency",
        "network", "coalition", "alliance", "militia", "faction", "union", "association", "foundation", "institute",
        "outlet", "newspaper", "broadcaster", "channel", "website", "force", "forces", "body", "bloc", "giant", "operator",
        "airline", "carrier", "maker", "manufacturer", "producer", "bank", "lender", "insurer", "retailer", "utility",
        "conglomerate", "daily", "startup", "magazine", "weekly", "monitor", "watchdog",
    };

    // A body's noun right after the name or after one modifier ("rebel group", "militia"), ending the phrase.
    private bool BodyNounHeads(int next)
    {
        for (var k = next; k < next + 2 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } word; k++)
        {
            // "the Ukrainska Pravda news site": a site or portal of news is a body; "site of the battle" is a place.
            var newsSite = word.Value is "site" or "portal" && doc.TokenAt(k - 1).Value is "news" or "web" or "media";
            if ((BodyNouns.Contains(word.Value) || newsSite) && word.Value is not ("force" or "forces" or "body")
                && (doc.TokenAt(k + 1) is not { Kind: TokenKind.Word, IsCapitalized: false } after || lexicon.Stopwords.Contains(after.Value)))
            {
                return true;
            }
        }

        return false;
    }

    // "the White Helmets rescue group", "the Wagner mercenary group": a name after "the" that a body noun follows.
    private bool BodyNounAfterName(Segment s)
    {
        // "told El Tiempo newspaper": no person's name comes before a noun for a newspaper or broadcaster.
        if (doc.TokenAt(s.End).Value is "newspaper" or "daily" or "broadcaster" or "radio" or "television" or "magazine" or "weekly"
            || doc.IsWord(s.End, "news") && doc.TokenAt(s.End + 1).Value is "site" or "website" or "portal" or "agency" or "service" or "outlet" or "channel")
        {
            return true;
        }

        if (!doc.IsWord(s.First - 1, "the"))
        {
            return false;
        }

        for (var k = s.End; k < s.End + 2 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } word; k++)
        {
            if (BodyNouns.Contains(word.Value) && word.Value is not ("force" or "forces" or "body" or "groups") && !doc.IsWord(k + 1, "of"))
            {
                return true;
            }
        }

        return false;
    }

    // "The White Helmets, a civil defence group operating in ...": a name set off before a description of a body
    // ("in Husaybah, the coalition troops launched ..." starts a clause instead).
    // With "the", the description must close where the body noun ends: "Naftogaz, the state energy company, cut".
    private bool AppositiveBodyAfter(int end)
    {
        var definite = doc.IsWord(end + 1, "the");
        if (doc.TokenAt(end).Value != "," || !(doc.IsWord(end + 1, "a") || doc.IsWord(end + 1, "an") || definite))
        {
            return false;
        }

        for (var i = end + 2; i < Math.Min(end + 8, doc.Tokens.Count); i++)
        {
            var t = doc.Tokens[i];
            // "Fano, an Amhara militia", "a Kurdish-led alliance": a place or its people say whose body it is.
            if (t.Kind == TokenKind.Word && t.IsCapitalized && i < end + 4
                && doc.Gazetteer.Lookup(doc.Tokens, i, 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Region or PhraseKind.Place or PhraseKind.Demonym) == true)
            {
                continue;
            }

            // The description's head comes before a preposition: "a village on the left bank of the river" is a place.
            if (t.Kind != TokenKind.Word || t.IsCapitalized || lexicon.Titles.Contains(t.Value) || lexicon.PersonNominals.Contains(t.Value)
                || NameFinder.IsPlaceKind(t.Value) && t.Value is not ("state" or "area" or "camp" or "port" or "capital")
                || t.Value is "on" or "in" or "near" or "at" or "of" or "along")
            {
                return false;
            }

            if (BodyNouns.Contains(t.Value))
            {
                return !definite || doc.TokenAt(i + 1).Value is "," or "." && t.Value is not ("force" or "forces");
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the titles written right before person segment <paramref name="k"/> in the same run
    /// ("Deputy Secretary of State", "Minister for the Middle East", "US Secretary of State"), or -1 when there is
    /// none. The rest of the run before the title comes along. A possessive before or after the phrase ("New Zealand's
    /// Prime Minister John Key") leaves the bare name.
    /// </summary>
    private int TitledStart(List<Segment> segments, int k)
    {
        var s = segments[k];
        if (doc.TokenAt(s.End).Value is "'s" or "\u2019s")
        {
            return -1;
        }

        var start = s.First;
        var titled = false;
        var complemented = false;
        for (var j = k - 1; j >= 0 && segments[j].RunFirst == s.RunFirst; j--)
        {
            var p = segments[j];
            var gap = start;
            while (gap > p.End && doc.TokenAt(gap - 1).Value is "of" or "for" or "the")
            {
                gap--;
            }

            if (gap != p.End)
            {
                break;
            }

            var bridged = gap < start;
            // A bridge over "of"/"for" needs an office complement in between, or a name piece that took it in
            // ("Minister of [Education Stefania Giannini]").
            if (p.Kind is SegmentKind.Title or SegmentKind.Honorific && (bridged == complemented || (bridged && start == s.First)))
            {
                start = p.First;
                titled = true;
                complemented = false;
                continue;
            }

            // The complement of an office ("Minister for [the Middle East]"), or the country in front of one ("US").
            var complement = j > 0 && segments[j - 1].Kind == SegmentKind.Title && segments[j - 1].RunFirst == s.RunFirst
                && doc.TokenAt(p.First - 1).Value is "of" or "for" or "the";
            var country = titled && !bridged && p.Kind == SegmentKind.Gazetteer && p.Entry?.Kind is PhraseKind.Country or PhraseKind.Demonym;
            if (!bridged && ((complement && !titled) || country))
            {
                start = p.First;
                complemented = complement && !titled;
                titled |= country;
                continue;
            }

            break;
        }

        if (!titled)
        {
            return s.First == s.RunFirst ? DescribedStart(s.First) : -1;
        }

        // Whatever else of the capitalised run stands before the title qualifies it ("NASA Administrator",
        // "Foreign Office Minister", "U.S. Army General"), unless it is another person.
        for (var j = k - 1; j >= 0 && segments[j].RunFirst == s.RunFirst; j--)
        {
            if (segments[j].First >= start)
            {
                continue;
            }

            if (segments[j].Kind == SegmentKind.Person)
            {
                break;
            }

            start = segments[j].First;
        }

        return doc.TokenAt(start - 1).Value is "'s" or "\u2019s" ? -1 : start;
    }

    /// <summary>
    /// A bare role noun right before a name ("coauthor Colette Heald", "team member ...", "city mayor ..."), not
    /// after a determiner: annotators take it as part of the mention. Returns its first token, or -1.
    /// </summary>
    private int DescribedStart(int first)
    {
        var role = doc.TokenAt(first - 1);
        if (role.Kind != TokenKind.Word || role.IsCapitalized || !lexicon.DescribesPerson(role.Value))
        {
            return -1;
        }

        var start = first - 1;
        var modifier = doc.TokenAt(start - 1);
        if (modifier.Kind == TokenKind.Word && !modifier.IsCapitalized && !lexicon.Stopwords.Contains(modifier.Value)
            && !IsCueWord(modifier.Value) && !modifier.Value.EndsWith("ed", StringComparison.Ordinal)
            && !modifier.Value.EndsWith("ly", StringComparison.Ordinal) && !modifier.Value.EndsWith('s')
            && !lexicon.ThinkingVerbs.Contains(modifier.Value) && !NameFinder.IsPlacePreposition(modifier.Value))
        {
            start--;
        }

        return doc.TokenAt(start - 1).Value is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "this" or "that"
            ? -1 : start;
    }

    /// <summary>An unknown acronym used as a modifier ("the ICI system", "IQ points") names no actor.</summary>
    private bool ModifiesNoun(int next)
    {
        var t = doc.TokenAt(next);
        return t.Kind == TokenKind.Word && !t.IsCapitalized && char.IsLetter(t.Value[0]) && !lexicon.Stopwords.Contains(t.Value)
            && !IsCueWord(t.Value) && !lexicon.ThinkingVerbs.Contains(t.Value) && !t.Value.EndsWith("ed", StringComparison.Ordinal);
    }

    internal string Surface(int first, int end) => doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End];

    private static string[] NameTokens(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // A word of a person's name, also without the Arabic article news often drops ("Burhan" of "Abdel Fattah al-Burhan").
    private static bool IsPartOfName(string name, string word, bool surnameOnly = false)
    {
        var tokens = NameTokens(name);
        for (var i = surnameOnly ? tokens.Length - 1 : 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            if (token == word || dash is 2 or 3 && IsArabicArticle(token.AsSpan(0, dash)) && token.AsSpan(dash + 1).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ArabicArticles = ["al", "el", "ad", "ar", "as", "ash", "an", "at", "az"];

    private static bool IsArabicArticle(ReadOnlySpan<char> prefix)
    {
        foreach (var article in ArabicArticles)
        {
            if (prefix.Equals(article, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, PlaceRecord> BuildCapitals(Gazetteer gazetteer)
    {
        var result = new Dictionary<string, PlaceRecord>(StringComparer.Ordinal);
        foreach (var code in gazetteer.CountryCodes)
        {
            if (gazetteer.Country(code) is not { } country)
            {
                continue;
            }

            foreach (var capital in country.Capitals)
            {
                result.TryAdd(capital, country);
            }
        }

        return result;
    }
}
