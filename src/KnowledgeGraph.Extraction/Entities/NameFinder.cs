using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds runs of capitalised words and cuts them into gazetteer names, titles, honorifics, person names,
/// organisation names and still-unknown pieces, using the words inside the run and right around it.
/// </summary>
internal sealed class NameFinder(Document doc)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "du", "da", "al", "bin", "ibn", "van", "von", "der", "den", "ten", "ter", "la", "le", "del", "y", "/", "&",
    };

    private static readonly HashSet<string> FacilitySuffixes = new(StringComparer.Ordinal)
    {
        "House", "Hall", "Palace", "Square", "Airport", "Bridge", "Street", "Avenue", "Road", "Hospital", "Stadium",
        "Mosque", "Cathedral", "Church", "Temple", "Base", "Camp", "Port", "Harbour", "Harbor", "Tower", "Building",
        "Park", "Prison", "Dam", "Island", "Islands", "Mountains", "Mountain", "River", "Valley", "Desert", "Lake",
        "Shoal", "Shoals", "Reef", "Reefs", "Atoll", "Cay", "Archipelago", "Glacier", "Plateau", "Hills", "Gulf", "Bay", "Corridor",
        "Forest", "Plain", "Ridge",
        "Sea", "Strait", "Peninsula", "Province", "District", "County", "Region", "Oblast", "Governorate", "State",
        "Center", "Centre", "Museum", "Station", "Complex", "Planetarium", "Memorial", "Gallery", "Library", "Zoo", "Arena",
    };

    /// <summary>Christian denominations: "the Catholic Church" is an organisation, "St. Mary's Church" a building.</summary>
    private static readonly HashSet<string> Denominations = new(StringComparer.Ordinal)
    {
        "Catholic", "Orthodox", "Anglican", "Methodist", "Baptist", "Lutheran", "Presbyterian", "Episcopal", "Protestant",
        "Evangelical", "Coptic", "Pentecostal", "Adventist", "Reformed", "Apostolic", "Mormon", "Maronite", "Syriac",
    };

    /// <summary>Lower-case words inside surnames ("von der Leyen", "de Gaulle", "van Rompuy", "al-" is one token).</summary>
    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "du", "da", "del", "della", "di", "la", "le", "bin", "ibn", "al", "el", "ter", "ten",
    };

    /// <summary>Numerals of a rank's grade, as in "Petty Officer 2nd Class".</summary>
    private static readonly HashSet<string> OrdinalGrades = new(StringComparer.OrdinalIgnoreCase) { "1st", "2nd", "3rd" };

    /// <summary>First words of names of natural features and settlements ("Mount Sinjar", "Wadi Barada", "Tal Afar").</summary>
    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.Ordinal)
    {
        "Mount", "Mt.", "Lake", "Lakes", "Cape", "Wadi", "Jebel", "Jabal", "Jabel", "Tal", "Tell", "Ayn", "Ain", "Ras", "Fort",
        "Port", "Bab", "Deir", "Kafr", "Kfar", "Bir", "Gulf", "Bay", "Isle",
    };

    /// <summary>Last words of names of events, holidays, works and agreements: not persons, places or organisations.</summary>
    private static readonly HashSet<string> EventSuffixes = new(StringComparer.Ordinal)
    {
        "Day", "Eve", "War", "Wars", "Prize", "Award", "Awards", "Cup", "Games", "Olympics", "Festival", "Championship",
        "Championships", "Summit", "Conference", "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Act", "Book",
        "Communique", "Communiqué", "Declaration", "Resolution", "Convention", "Protocol", "Revolution", "Crisis",
        "Offensive", "Operation", "Time", "Series", "Show", "Program", "Programme", "Project", "Initiative", "Bill",
        "Conventions",
    };

    // Words before the name of a storm, which is an event.
    private static readonly HashSet<string> StormWords = new(StringComparer.Ordinal)
    {
        "Cyclone", "Hurricane", "Typhoon", "Storm",
    };

    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "from", "outside", "inside",
    };

    private static readonly HashSet<string> PlaceKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "village", "town", "city", "island", "region", "province", "district", "capital", "state", "port", "area",
        "republic", "territory", "enclave", "exclave", "county", "municipality", "governorate", "oblast", "neighbourhood",
        "neighborhood", "suburb", "settlement", "camp", "peninsula", "township",
    };

    private readonly Lexicon lexicon = doc.Lexicon;
    private readonly Gazetteer gazetteer = doc.Gazetteer;

    // The last words of the full names of persons met so far in the article: their possessive opens no body's name.
    private readonly HashSet<string> surnamesSeen = new(StringComparer.Ordinal);

    public static bool IsPlaceKind(string word) => PlaceKinds.Contains(word);

    /// <summary>A kind of place in the plural: "towns", "villages", "cities".</summary>
    public static bool IsPluralPlaceKind(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? IsPlaceKind(word[..^3] + "y") : word.EndsWith('s') && IsPlaceKind(word[..^1]);

    /// <summary>
    /// Whether a kind of place heads the phrase that starts at token <paramref name="from"/>, before any preposition:
    /// "the last major town held by", "a breakaway region of" (but "the governor of the province" is headed by
    /// "governor").
    /// </summary>
    public static bool KindOfPlaceHeads(Document doc, int from, int end)
    {
        for (var k = from; k < end && doc.Tokens[k].Kind == TokenKind.Word
            && (k == from || !doc.Lexicon.Stopwords.Contains(doc.Tokens[k].Value) || doc.Tokens[k].Value is "the" or "a" or "an"); k++)
        {
            // Not a possessor: "the region's president" is headed by "president".
            if (!doc.Tokens[k].IsCapitalized && IsPlaceKind(doc.Tokens[k].Value) && doc.TokenAt(k + 1).Value is not ("'s" or "\u2019s"))
            {
                return true;
            }
        }

        return false;
    }

    public List<Segment> Find()
    {
        var segments = new List<Segment>();
        foreach (var sentence in doc.Sentences)
        {
            doc.CancellationToken.ThrowIfCancellationRequested();
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!IsNameToken(i))
                {
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j < sentence.EndToken)
                {
                    if (IsNameToken(j))
                    {
                        j++;
                        continue;
                    }

                    var skip = ConnectorLength(j, sentence.EndToken);
                    if (skip > 0)
                    {
                        j += skip;
                        continue;
                    }

                    if (AndInsideBodyName(i, j, sentence.EndToken) || MissionInPlace(i, j, sentence.EndToken))
                    {
                        j++;
                        continue;
                    }

                    // "Islamic State of Iraq and the Levant": a known organisation's name runs on over lowercase words.
                    if (KnownBodyThrough(i, j, sentence.EndToken) is int known)
                    {
                        j = known;
                        continue;
                    }

                    break;
                }

                var (a, b) = Trim(i, j, sentence);

                // "North Darfur", "East Aleppo": a compass word before a known place that is not a country names a
                // region of its own (the trim drops the word as a sentence opener).
                if (a > i && CompassWords.Contains(doc.Tokens[a - 1].Value) && b > a && LongestMatch(a, b) is { Entry: { } inner } innerMatch
                    && inner.Kind is PhraseKind.City or PhraseKind.Region or PhraseKind.Place && inner.Record?.IsCountry != true
                    && a + innerMatch.Length == b && gazetteer.Lookup(doc.Tokens, a - 1, b - a + 1) is null)
                {
                    segments.Add(new Segment(a - 1, b, SegmentKind.Place) { RunFirst = a - 1, RunEnd = b, Confidence = 0.75 });
                    i = j;
                    continue;
                }
                if (b - a >= 2 && EventSuffixes.Contains(doc.Tokens[b - 1].Value) && !StrongMatchEndingAt(a, b) && !OrgWordBeforeOf(a, b)
                    || b - a >= 2 && StormWords.Contains(doc.Tokens[a].Value)
                    || a < b && lexicon.Things.Contains(doc.Text[doc.Tokens[a].Start..doc.Tokens[b - 1].End]))
                {
                    // "Thanksgiving Day", "Gulf War", "Geneva Communique", "Cyclone Idai": an event or a work, not an actor
                    // or a place (but "Institute for the Study of War" is a body); "YouTube", "PlayStation VR": a website or product.
                    i = j;
                    continue;
                }

                // "the Abyei Special Administrative Area", "the Tigray Regional State": a known place's name followed by
                // capitalised words that end in a kind of area names that place.
                if (b - a >= 2 && AreaNameWords.Contains(doc.Tokens[b - 1].Value) && gazetteer.Lookup(doc.Tokens, a, b - a) is null
                    // (A town's name before "State" or "Province" names the region around it, another place.)
                    && gazetteer.Lookup(doc.Tokens, a, 1)?.FirstOrDefault(e => e.Kind is PhraseKind.Region or PhraseKind.Place
                        || e.Kind == PhraseKind.City && doc.Tokens[b - 1].Value is "Area" or "Zone" or "Territory") is { } area
                    && Enumerable.Range(a + 1, b - a - 1).All(k => doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }))
                {
                    segments.Add(new Segment(a, b, SegmentKind.Gazetteer) { Entry = area, RunFirst = a, RunEnd = b, Confidence = 0.7 });
                    i = j;
                    continue;
                }

                // "the 33rd Front", "the 6th Infantry Division": a unit's number is part of its name.
                if (a < b && a == i && a > sentence.FirstToken && IsOrdinal(doc.Tokens[a - 1].Value) && UnitWords.Contains(doc.Tokens[b - 1].Value))
                {
                    segments.Add(new Segment(a - 1, b, SegmentKind.Organization) { RunFirst = a - 1, RunEnd = b, Confidence = 0.75 });
                    i = j;
                    continue;
                }

                if (a < b)
                {
                    var before = segments.Count;
                    Segment(a, b, segments);
                    foreach (var person in segments.Skip(before).Where(x => x.Kind == SegmentKind.Person && x.End - x.First >= 2))
                    {
                        surnamesSeen.Add(doc.Tokens[person.End - 1].Value);
                    }
                }

                i = j;
            }
        }

        return segments;
    }

    private static readonly HashSet<string> AreaNameWords = new(StringComparer.Ordinal)
    {
        "Area", "Zone", "Region", "Territory", "District", "Province", "County", "Governorate", "Oblast", "State",
    };

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "Front", "Division", "Brigade", "Corps", "Army", "Battalion", "Regiment", "Fleet", "Squadron", "Command",
    };

    // "1st", "33rd", "6th".
    private static bool IsOrdinal(string word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsAsciiDigit);

    // "foreign ministry spokesperson He Yuming": inside a sentence, after an office, "He" opens a person's name (a
    // common Chinese surname), not a clause.
    private bool SurnameHeAfterTitle(int a, int b, bool atStart) =>
        doc.Tokens[a].Value == "He" && !atStart && b - a >= 2 && doc.TokenAt(a - 1) is { Kind: TokenKind.Word } office
        && (lexicon.Titles.Contains(office.Value) || lexicon.Occupations.Contains(office.Value) || lexicon.PersonNominals.Contains(office.Value));

    private bool IsNameToken(int i)
    {
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Word || doc.QuoteOf[i] == -2)
        {
            return false;
        }

        return t.IsCapitalized || t.IsAllCaps;
    }

    /// <summary>How many connector tokens start at <paramref name="j"/> and lead to another name token.</summary>
    private int ConnectorLength(int j, int end)
    {
        var t = doc.Tokens[j];

        // A quoted nickname inside a name: Col. John "J.D." Dorrian.
        if (t.Kind == TokenKind.Quote && j + 3 < end && doc.Tokens[j + 2].Kind == TokenKind.Quote && IsNameToken(j + 3)
            && doc.Tokens[j + 1] is { Kind: TokenKind.Word, IsCapitalized: true } nickname && nickname.Value.Length <= 12
            && j > 0 && IsNameToken(j - 1) && gazetteer.Names.Contains(doc.Tokens[j - 1].Value))
        {
            return 3;
        }

        if (t.Value is "'s" or "\u2019s")
        {
            // "Haftar's Libyan National Army": the possessor is a person named before, not part of the body's name.
            if (surnamesSeen.Contains(doc.Tokens[j - 1].Value))
            {
                return 0;
            }

            // "Sudan People's Liberation Army": keep the possessive only inside an organisation name.
            var k = j + 1;
            while (k < end && IsNameToken(k))
            {
                k++;
            }

            return k > j + 1 && lexicon.OrgSuffixes.Contains(doc.Tokens[k - 1].Value) && !lexicon.Stopwords.Contains(doc.Tokens[j + 1].Value) ? 1 : 0;
        }

        // "Kenya National Commission on Human Rights", "Council on Foreign Relations": "on" after an organisation word.
        // (Not "Kennedy Space Center on STS-1", nor a day or a month.)
        if (t.Value == "on" && lexicon.OrgSuffixes.Contains(doc.TokenAt(j - 1).Value) && j + 1 < end && IsNameToken(j + 1)
            && doc.Tokens[j + 1].Value is not ("The" or "A" or "An") && !Calendar.IsWeekday(doc.Tokens[j + 1].Value)
            && !Calendar.IsMonth(doc.Tokens[j + 1].Value) && !doc.Tokens[j + 1].IsAllCaps && !doc.Tokens[j + 1].Value.Any(char.IsDigit))
        {
            return 1;
        }

        if (!Connectors.Contains(t.Value) || t.Start > 0 && doc.Tokens[j].Start != doc.Tokens[j - 1].End && t.Value is "/")
        {
            return 0;
        }

        // Two or three particles of a surname: "Maria de la Cruz", "Ursula von der Leyen".
        var particles = j;
        while (particles < end && particles - j < 3 && SurnameParticles.Contains(doc.Tokens[particles].Value))
        {
            particles++;
        }

        if (particles - j >= 2 && particles < end && IsNameToken(particles))
        {
            return particles - j;
        }

        if (j + 1 < end && IsNameToken(j + 1) && doc.Tokens[j + 1].Value is not ("The" or "A" or "An"))
        {
            return 1;
        }

        // "Bank of the South", "Institute for the Study of War": "for the" only after an organisation word.
        if ((t.Value == "of" || t.Value == "for" && lexicon.OrgSuffixes.Contains(doc.TokenAt(j - 1).Value))
            && j + 2 < end && doc.Tokens[j + 1].Value == "the" && IsNameToken(j + 2))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// "U.N. Support Mission in Libya", "African Union Mission in Somalia", "U.N. Interim Force in Lebanon": a mission or
    /// force is named with the place it serves in.
    /// </summary>
    private bool MissionInPlace(int first, int j, int end) =>
        doc.IsWord(j, "in") && j - first >= 2 && doc.Tokens[j - 1].Value is "Mission" or "Force"
        && j + 1 < end && IsNameToken(j + 1) && doc.Tokens[j + 1].Value is not ("The" or "A" or "An");

    private static bool IsAcronym(Token t) =>
        t.Kind == TokenKind.Word && t.Value.Length is >= 2 and <= 8 && t.Value.All(char.IsUpper);

    /// <summary>
    /// "and" inside the name of a body: after "Institute of", "Department of" or "Ministry of" and a capitalised word
    /// ("National Institute of Allergy and Infectious Diseases", "Department of Health and Human Services").
    /// </summary>
    private bool AndInsideBodyName(int first, int j, int end)
    {
        if (!doc.IsWord(j, "and") || j + 1 >= end || !IsNameToken(j + 1))
        {
            return false;
        }

        var last = j + 1;
        while (last + 1 < end && IsNameToken(last + 1))
        {
            last++;
        }

        // "the National Air and Space Museum", "the U.S. Space and Rocket Center": one building's name, not "the Texas
        // and Johnson Space Center".
        if (doc.IsWord(first - 1, "the") && FacilitySuffixes.Contains(doc.Tokens[last].Value) && last - j <= 3
            && !StrongMatchAt(j + 1, last + 1) && !NamesAPlaceBefore(first, j))
        {
            return true;
        }

        // "Ethiopia's National Intelligence and Security Service", "the Justice and Development Party": two portfolios or
        // ideals of one body; not "the Hamas and Islamic Jihad movement", two bodies.
        if ((doc.IsWord(first - 1, "the") || doc.TokenAt(first - 1).Value is "'s" or "\u2019s") && last - first <= 6
            && lexicon.OrgSuffixes.Contains(doc.Tokens[last].Value) && !StrongMatchAt(first, j) && !StrongMatchAt(j + 1, last + 1)
            && !NamesAPlaceBefore(first, j)
            && !Enumerable.Range(first, j - first).Any(k => (lexicon.Honorifics.Contains(doc.Tokens[k].Value) || lexicon.Titles.Contains(doc.Tokens[k].Value))
                // (A title word opening a unit's name is no title: "the General Command of the Army and Armed Forces".)
                && !(k == first && UnitWords.Contains(doc.TokenAt(k + 1).Value))))
        {
            return true;
        }

        // "Group for the Support of Islam and Muslims (JNIM)": a body's name with its acronym in brackets after it.
        if (doc.TokenAt(last + 1).Value == "(" && doc.TokenAt(last + 3).Value == ")" && IsAcronym(doc.TokenAt(last + 2))
            && Enumerable.Range(first, j - first).Any(k => lexicon.OrgSuffixes.Contains(doc.Tokens[k].Value))
            && Enumerable.Range(first, j - first).Any(k => doc.Tokens[k].Value is "of" or "for")
            && !StrongMatchAt(j + 1, last + 1))
        {
            return true;
        }

        if (j - first < 3)
        {
            return false;
        }

        // "the General Command of the Army and Armed Forces": a body "of" two services, each named by its own word.
        if (lexicon.OrgSuffixes.Contains(doc.Tokens[j - 1].Value) && lexicon.OrgSuffixes.Contains(doc.Tokens[last].Value) && last - j <= 3
            && (doc.IsWord(j - 2, "of") || doc.IsWord(j - 2, "the") && doc.IsWord(j - 3, "of")) && !StrongMatchAt(j + 1, last + 1))
        {
            return true;
        }

        // Not when another body follows ("Massachusetts Institute of Technology and Colorado State University"); a
        // portfolio may end in an organisation word ("Health and Human Services").
        if (StrongMatchAt(j + 1, last + 1) || lexicon.OrgSuffixes.Contains(doc.Tokens[last].Value) && !PortfolioEnds.Contains(doc.Tokens[last].Value))
        {
            return false;
        }

        for (var k = j - 2; k > first; k--)
        {
            if (doc.Tokens[k].Value == "of")
            {
                return lexicon.OrgSuffixes.Contains(doc.Tokens[k - 1].Value) && !StrongMatchAt(k + 1, j) && !StrongMatchAt(j + 1, end);
            }
        }

        return false;
    }

    // A known name inside [first, j) after its first word, or one word that is a known name ("Texas"); a country
    // word opening a longer name is allowed ("U.S. Space").
    private bool NamesAPlaceBefore(int first, int j)
    {
        for (var k = first; k < j; k++)
        {
            if (StrongMatchAt(k, j) && (k > first || j - first == 1))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "Research", "Monitoring", "Studies", "Information", "Operations", "Coordination", "Prevention", "Control", "Policy",
        "Strategic", "Analysis", "Documentation", "Rights", "Disease", "Hurricane", "Climate",
    };

    // "National Earthquake Monitoring and Research Center": a centre that works, not a building.
    private bool IsInstitutionCentre(int p, int b)
    {
        if (doc.Tokens[b - 1].Value is not ("Center" or "Centre" or "Centers" or "Centres"))
        {
            return false;
        }

        for (var k = p; k < b; k++)
        {
            if (InstitutionWords.Contains(doc.Tokens[k].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PortfolioEnds = new(StringComparer.Ordinal)
    {
        "Services", "Affairs", "Development", "Security", "Resources", "Sciences", "Technology", "Welfare", "Industry",
    };

    private (int A, int B) Trim(int a, int b, Sentence sentence)
    {
        while (a < b)
        {
            var t = doc.Tokens[a];
            var atStart = a == sentence.FirstToken || doc.Tokens[a - 1].Kind == TokenKind.Quote
                || doc.Tokens[a - 1].Value is ":" or "(" or "-" or "\u2014";
            var strong = StrongMatchAt(a, b);
            // "National Assembly president X", "Supreme Court judges": two words are enough before a body's word, but
            // "International News" and "World News" head a section of a news site.
            var last = doc.Tokens[b - 1].Value;
            // "the National Front for Liberation": so does an organisation word before "for" or "of".
            if (t.IsCapitalized && lexicon.NameAdjectives.Contains(t.Value)
                && ((b - a >= 3 || doc.IsWord(a - 1, "the")) && (FacilitySuffixes.Contains(last) || lexicon.OrgSuffixes.Contains(last) || OrgWordBeforeOf(a, b))
                    || b - a == 2 && lexicon.IsOrgWord(last) && last != "News"))
            {
                break;
            }

            // "Russian-occupied Melitopol": the compound says who holds the place; it is not part of its name; nor is
            // "Then-president" or "Ex-minister" part of a person's, or "Britain-based" part of a body's, or "Tuareg-led"
            // and "Iran-backed" of the rebels they describe.
            if (Connectors.Contains(t.Value) || t.Value == "the" || EntityBuilder.IsHeldBy(t.Value)
                || t.Value.StartsWith("Then-", StringComparison.Ordinal) || t.Value.StartsWith("Ex-", StringComparison.Ordinal)
                || t.Value.EndsWith("-based", StringComparison.Ordinal) || t.Value.EndsWith("-born", StringComparison.Ordinal)
                || NominalResolver.IsLedOrBacked(t.Value)
                || (lexicon.Stopwords.Contains(t.Value) && !strong && !lexicon.Honorifics.Contains(t.Value) && !OpensLongTitle(a, b) && !OpensCityName(a, b)
                    && !SurnameHeAfterTitle(a, b, atStart))
                || (atStart && !strong && doc.LowercaseWords.Contains(t.Value.ToLowerInvariant()) && !IsTitleAt(a, b))
                // "Residents of Aden", "Officials in Kyiv": a plural noun for people opening the sentence is no name.
                || (atStart && !strong && b - a > 1 && lexicon.GroupNominals.Contains(t.Value.ToLowerInvariant())))
            {
                a++;
                continue;
            }

            break;
        }

        // (An organisation word that is also a common word ends a body's name: "Transparency International".)
        while (b > a && (Connectors.Contains(doc.Tokens[b - 1].Value) || doc.Tokens[b - 1].Value is "'s" or "the"
            || (lexicon.Stopwords.Contains(doc.Tokens[b - 1].Value) && !StrongMatchEndingAt(a, b) && !SurnameAt(a, b - 1)
                && !(b - a >= 2 && lexicon.OrgSuffixes.Contains(doc.Tokens[b - 1].Value) && doc.Tokens[b - 2].IsCapitalized))))
        {
            b--;
        }

        return (a, b);
    }

    /// <summary>
    /// A capitalised word that is also a common word ("Key", "May") is a surname after an honorific ("Mr Key"), or
    /// after a first name that a title precedes ("Prime Minister John Key") or a lower-case word follows ("John Key said").
    /// </summary>
    private bool SurnameAt(int a, int i)
    {
        var t = doc.Tokens[i];
        if (i <= a || !t.IsCapitalized || t.IsAllCaps || t.Value.Length <= 2 || !char.IsLower(t.Value[1]))
        {
            return false;
        }

        var before = doc.Tokens[i - 1].Value;
        if (lexicon.Honorifics.Contains(before) && before.Length > 1)
        {
            return true;
        }

        return gazetteer.Names.Contains(before) && !lexicon.Stopwords.Contains(before) && !doc.LowercaseWords.Contains(before.ToLowerInvariant())
            && (i - 1 > a && IsTitleAt(i - 2, i - 1) || doc.TokenAt(i + 1) is { Kind: TokenKind.Word, IsCapitalized: false });
    }

    // "Major General Hassan": a common word that opens a title of two words stays with it.
    private bool OpensLongTitle(int a, int b) => b - a >= 2 && gazetteer.Lookup(doc.Tokens, a, 2)?.Any(e => e.Kind == PhraseKind.Title) == true;

    // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" between two names is part of the name.
    private bool SheikhInsideName(int k, int b) =>
        doc.Tokens[k].Value is "Sheikh" or "Sheik" && k + 1 < b && !IsTitleAt(k + 1, b) && !StrongAt(k + 1, b);

    private bool IsTitleAt(int a, int b) =>
        gazetteer.Lookup(doc.Tokens, a, 1)?.Any(e => e.Kind is PhraseKind.Title or PhraseKind.Honorific) == true
        || (b - a >= 2 && gazetteer.Lookup(doc.Tokens, a, 2)?.Any(e => e.Kind == PhraseKind.Title) == true);

    private bool StrongMatchAt(int a, int b)
    {
        for (var len = Math.Min(gazetteer.MaxPhraseTokens, b - a); len >= 1; len--)
        {
            var entries = gazetteer.Lookup(doc.Tokens, a, len);
            if (entries is not null && entries.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Place
                or PhraseKind.Organization or PhraseKind.Demonym or PhraseKind.Region))
            {
                return true;
            }
        }

        return false;
    }

    // "New Delhi", "Le Havre": a common word that opens the name of a city of several words.
    private bool OpensCityName(int a, int b)
    {
        for (var len = Math.Min(gazetteer.MaxPhraseTokens, b - a); len >= 2; len--)
        {
            if (gazetteer.Lookup(doc.Tokens, a, len)?.Any(e => e.Kind == PhraseKind.City) == true)
            {
                return true;
            }
        }

        return false;
    }

    private bool StrongMatchEndingAt(int a, int b)
    {
        for (var x = Math.Max(a, b - gazetteer.MaxPhraseTokens); x < b; x++)
        {
            if (gazetteer.Lookup(doc.Tokens, x, b - x)?.Any(e => e.Kind != PhraseKind.City) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PartyNouns = new(StringComparer.Ordinal) { "party", "movement" };

    // "the ruling Pheu Thai party", "the opposition Move Forward party": every capitalised word of the run before the
    // noun names the party, a demonym in it too.
    private bool NamesAParty(int a, int b)
    {
        if (b - a > 4 || !PartyNouns.Contains(doc.TokenAt(b).Value))
        {
            return false;
        }

        for (var k = a - 1; k >= 0 && a - k <= 3; k--)
        {
            var t = doc.Tokens[k];
            if (t.Is("the"))
            {
                return true;
            }

            if (t.Kind != TokenKind.Word || t.IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ambassador to the", "Governor of", "leader in": a title and the preposition of what it serves or where it is
    /// held, right before token <paramref name="first"/>.
    /// </summary>
    public static bool TitleAndPrepositionBefore(Document doc, int first)
    {
        var k = doc.IsWord(first - 1, "the") ? first - 2 : first - 1;
        var title = doc.TokenAt(k - 1);
        return doc.TokenAt(k).Value is "in" or "to" or "of" or "for" && title.Kind == TokenKind.Word
            && doc.Lexicon.Titles.Contains(title.Value) && !doc.Lexicon.Honorifics.Contains(title.Value);
    }

    // The first token of the words of a run that the acronym in brackets right after it spells ("Alliance Fleuve Congo
    // (AFC)"), of at least three words; null for none.
    private int? InitialsInBracketsAfter(int a, int b)
    {
        if (!doc.IsWord(b, "(") || doc.TokenAt(b + 2).Value != ")" || doc.TokenAt(b + 1) is not { IsAllCaps: true } acronym
            || acronym.Value.Length < 3 || acronym.Value.Length > b - a)
        {
            return null;
        }

        var first = b - acronym.Value.Length;
        for (var k = first; k < b; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || char.ToUpperInvariant(doc.Tokens[k].Value[0]) != acronym.Value[k - first])
            {
                return null;
            }
        }

        return first;
    }

    private void Segment(int a, int b, List<Segment> segments)
    {
        // "Stalin's Soviet Union", "Putin's Russia": a possessor, then a place the gazetteer knows whole.
        for (var k = a + 1; k < b - 1; k++)
        {
            if (doc.Tokens[k].Value is "'s" or "\u2019s"
                && gazetteer.Lookup(doc.Tokens, k + 1, b - k - 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.Place) == true)
            {
                Segment(a, k, segments);
                Segment(k + 1, b, segments);
                return;
            }
        }

        var p = a;
        if (NamesAParty(a, b) && !IsTitleAt(a, b))
        {
            segments.Add(new Segment(a, b, SegmentKind.Organization) { RunFirst = a, RunEnd = b, Confidence = 0.75 });
            return;
        }

        // "the Alliance Fleuve Congo (AFC)": words whose initials the acronym after them spells are one body's name,
        // though a place's name is among them; the words before them are a name of their own.
        if (InitialsInBracketsAfter(a, b) is int named && gazetteer.Lookup(doc.Tokens, named, b - named) is null
            && Enumerable.Range(named, b - named).Any(k => gazetteer.Lookup(doc.Tokens, k, 1)?.Any(e => e.Kind is PhraseKind.Country or PhraseKind.City or PhraseKind.Region or PhraseKind.Place) == true))
        {
            // ("The World Health Organisation (WHO)": a capitalised article before the name is none of it.)
            if (named > a && !Enumerable.Range(a, named - a).All(k => lexicon.Stopwords.Contains(doc.Tokens[k].Value.ToLowerInvariant())))
            {
                Segment(a, named, segments);
            }

            segments.Add(new Segment(named, b, SegmentKind.Organization) { RunFirst = a, RunEnd = b, Confidence = 0.8 });
            return;
        }

        // Where a name starts after a title and the place it serves ("Governor of Washington | Chris Gregoire").
        var personAfterTitle = -1;

        // "Petty Officer 1st Class Charles Keating": the numeral breaks the capitalised run, so its "Class" would
        // start the name; it belongs to the rank before it.
        if (doc.Tokens[a].Value == "Class" && b - a >= 2 && a > 0 && OrdinalGrades.Contains(doc.Tokens[a - 1].Value))
        {
            segments.Add(new Segment(a, a + 1, SegmentKind.Title) { RunFirst = a, RunEnd = b });
            p++;
        }

        while (p < b)
        {
            var t = doc.Tokens[p];
            if (Connectors.Contains(t.Value) || t.Value is "the" or "'s")
            {
                p++;
                continue;
            }

            // "Governor of Washington Chris Gregoire": a title with the place it serves, before a name.
            if (TitleOfPlaceBeforePerson(p, b, out var served, out var servedStart) is int titleEnd)
            {
                if (served is null)
                {
                    segments.Add(new Segment(p, titleEnd, SegmentKind.Title) { RunFirst = a, RunEnd = b });
                }
                else
                {
                    // The place is named in its own right: "Washington" is a mention of the state.
                    segments.Add(new Segment(p, p + 1, SegmentKind.Title) { RunFirst = a, RunEnd = b });
                    segments.Add(new Segment(servedStart, titleEnd, SegmentKind.Gazetteer) { Entry = served, RunFirst = a, RunEnd = b });
                    personAfterTitle = titleEnd;
                }

                p = titleEnd;
                continue;
            }

            // "Analyst Tom White of Barclays Bank": an occupation opening the sentence, before a name.
            if (p == a && t.IsCapitalized && lexicon.Occupations.Contains(t.Value.ToLowerInvariant())
                && (PersonStart(p + 1, b) || AffiliationAfterPerson(p + 1, b) is not null))
            {
                segments.Add(new Segment(p, p + 1, SegmentKind.Title) { RunFirst = a, RunEnd = b });
                p++;
                continue;
            }

            // "Jane Doe of the University of Chicago", "Lydia Buchtmann for Food Standards": a person's name, then the
            // organisation they speak for. A name does not run on over "of" or "for".
            if ((p == a || segments.Count > 0 && segments[^1].End == p && segments[^1].Kind is SegmentKind.Title or SegmentKind.Honorific)
                && AffiliationAfterPerson(p, b) is int affiliation)
            {
                segments.Add(new Segment(p, affiliation, SegmentKind.Person) { RunFirst = a, RunEnd = b, Confidence = 0.8 });
                p = affiliation;
                continue;
            }

            // Organisation or facility name: the rest of the run ends with an organisation word
            // ("Israel Defense Forces", "Lynn University"), or has one before its first "of" ("Bank of England",
            // "Massachusetts Institute of Technology"); a church named with its denomination is one too.
            var last = doc.Tokens[b - 1].Value;
            // "the Sultan Murad Division", "the General Command of the Army": a title word opening a military unit's name.
            var titledUnit = p == a && doc.IsWord(a - 1, "the") && (UnitWords.Contains(last) || UnitWords.Contains(doc.TokenAt(p + 1).Value));
            if (b - p >= 2 && (titledUnit || !IsTitleAt(p, b) && !lexicon.Honorifics.Contains(t.Value)))
            {
                // "Radio Okapi", "Radio Métropole", "Radio France Internationale": a station named after its medium.
                if (t.Value is "Radio" or "Télé" or "Télévision" or "Televisión" or "Rádio" && p == a && gazetteer.Lookup(doc.Tokens, p, b - p) is null)
                {
                    segments.Add(new Segment(p, b, SegmentKind.Organization) { RunFirst = a, RunEnd = b });
                    return;
                }

                if (last is "Church" or "Churches" && Enumerable.Range(p, b - p - 1).Any(k => Denominations.Contains(doc.Tokens[k].Value)))
                {
                    segments.Add(new Segment(p, b, SegmentKind.Organization) { RunFirst = a, RunEnd = b });
                    return;
                }

                if (FacilitySuffixes.Contains(last) && !lexicon.OrgSuffixes.Contains(t.Value) && gazetteer.Lookup(doc.Tokens, p, b - p) is null
                    && !TitleInside(p, b) && !IsInstitutionCentre(p, b))
                {
                    segments.Add(new Segment(p, b, SegmentKind.Facility) { RunFirst = a, RunEnd = b });
                    return;
                }

                if (p == a && PlacePrefixes.Contains(t.Value) && !lexicon.OrgSuffixes.Contains(last) && doc.Tokens[p + 1].IsCapitalized
                    && gazetteer.Lookup(doc.Tokens, p, b - p) is null)
                {
                    segments.Add(new Segment(p, b, SegmentKind.Facility) { RunFirst = a, RunEnd = b });
                    return;
                }

                // "Museum of Flight", "State of Texas", "Gulf of Aden": a place or facility word followed by "of".
                if (FacilitySuffixes.Contains(t.Value) && !lexicon.OrgSuffixes.Contains(t.Value) && doc.IsWord(p + 1, "of")
                    && !lexicon.OrgSuffixes.Contains(last) && gazetteer.Lookup(doc.Tokens, p, b - p) is null)
                {
                    segments.Add(new Segment(p, b, SegmentKind.Facility) { RunFirst = a, RunEnd = b });
                    return;
                }

                if (lexicon.OrgSuffixes.Contains(last) || OrgWordBeforeOf(p, b))
                {
                    // "Bank of England Governor Andrew Bailey": the body ends where a title before a name starts.
                    var bodyEnd = TitledNameAfter(p, b) ?? b;
                    var exact = gazetteer.Lookup(doc.Tokens, p, bodyEnd - p);
                    segments.Add(new Segment(p, bodyEnd, exact is null ? SegmentKind.Organization : SegmentKind.Gazetteer)
                    {
                        Entry = exact is null ? null : Best(exact), RunFirst = a, RunEnd = b,
                    });
                    if (bodyEnd == b)
                    {
                        return;
                    }

                    p = bodyEnd;
                    continue;
                }
            }

            var (len, entry) = LongestMatch(p, b);

            // "Defence Minister Israel Katz": after a title, a country's name that is also a first name, then a surname.
            if (entry is { Kind: PhraseKind.Country } && len == 1 && b - p == 2 && segments.Count > 0 && segments[^1].End == p
                && segments[^1].Kind == SegmentKind.Title && gazetteer.Names.Contains(doc.Tokens[p].Value)
                && gazetteer.Names.Contains(doc.Tokens[p + 1].Value) && !StrongAt(p + 1, b))
            {
                entry = null;
            }

            // Not after a title and its preposition: "ambassador in Kyiv Bridget Brink" names the city, then the person.
            if (entry is not null && entry.Kind is PhraseKind.City or PhraseKind.Region && len < b - p && !StrongAt(p + len, b)
                && (!IsTitleAt(p + len, b) || SheikhInsideName(p + len, b)) && !(p == a && TitleAndPrepositionBefore(doc, a) && PersonStart(p + len, b)))
            {
                // A city name followed by more capitalised words is likely part of another name.
                entry = null;
            }

            if (entry is null && PersonStart(p, b) && (p == a || p == personAfterTitle || segments.Count > 0 && segments[^1].End == p
                && segments[^1].Kind is SegmentKind.Title or SegmentKind.Honorific))
            {
                var q = p + 1;
                // "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": inside a name, "Sheikh" is part of it.
                while (q < b && (SurnameParticles.Contains(doc.Tokens[q].Value) && q + 1 < b || !StrongAt(q, b) && !IsTitleAt(q, b)
                    || SheikhInsideName(q, b)
                    || q == p + 1 && TitleEndsRun(q, b) || q == b - 1 && q - p >= 2 && ShortNameOfABody(q)))
                {
                    q++;
                }

                while (q > p + 1 && Connectors.Contains(doc.Tokens[q - 1].Value))
                {
                    q--;
                }

                segments.Add(new Segment(p, q, SegmentKind.Person) { RunFirst = a, RunEnd = b, Confidence = 0.8 });
                p = q;
                continue;
            }

            // "the village of Mali Shcherbaky", "the town of Chad Kura": after a kind of place and its "of", a known
            // name that opens a longer run of capitalised words is only part of the place's name.
            if (entry is not null && p == a && len < b - a && entry.Kind is PhraseKind.Country or PhraseKind.City
                && doc.IsWord(a - 1, "of") && doc.TokenAt(a - 2) is { Kind: TokenKind.Word, IsCapitalized: false } placeKind
                && IsPlaceKind(placeKind.Value) && Enumerable.Range(p + len, b - p - len).All(k => doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }
                    && !IsTitleAt(k, b) && gazetteer.Lookup(doc.Tokens, k, 1) is null))
            {
                segments.Add(new Segment(a, b, SegmentKind.Unknown) { RunFirst = a, RunEnd = b, Confidence = 0.6 });
                return;
            }

            if (entry is not null)
            {
                var kind = entry.Kind switch
                {
                    PhraseKind.Title => SegmentKind.Title,
                    PhraseKind.Honorific => SegmentKind.Honorific,
                    _ => SegmentKind.Gazetteer,
                };
                segments.Add(new Segment(p, p + len, kind) { Entry = entry, RunFirst = a, RunEnd = b });
                p += len;
                continue;
            }

            var r = p + 1;
            while (r < b && !StrongAt(r, b) && !IsTitleAt(r, b) && !lexicon.Honorifics.Contains(doc.Tokens[r].Value))
            {
                r++;
            }

            while (r > p + 1 && Connectors.Contains(doc.Tokens[r - 1].Value))
            {
                r--;
            }

            segments.Add(new Segment(p, r, SegmentKind.Unknown) { RunFirst = a, RunEnd = b, Confidence = 0.6 });
            p = r;
        }
    }

    /// <summary>
    /// Where the person's name at <paramref name="p"/> ends when "of" or "for" and a name follow it ("Jane Doe" in
    /// "Jane Doe of the University of Chicago"): a known first name and at most three more words, none of them an
    /// organisation or facility word.
    /// </summary>
    private int? AffiliationAfterPerson(int p, int b)
    {
        for (var c = p + 2; c < b && c <= p + 4; c++)
        {
            var word = doc.Tokens[c].Value;
            if (lexicon.OrgSuffixes.Contains(word) || FacilitySuffixes.Contains(word))
            {
                return null;
            }

            // "White House Chief of Staff Mick Mulvaney": a title before "of" is no part of a name, nor is a known
            // name running over it ("Joint Chiefs of Staff").
            if (word is "of" or "for" && (IsTitleAt(c - 1, c) || LongestMatch(p, b) is ({ } length, not null) && p + length > c))
            {
                return null;
            }

            if (word is "of" or "for")
            {
                var next = doc.IsWord(c + 1, "the") ? c + 2 : c + 1;
                // "Opposition leader Natthaphong Ruengpanyawut of the People's Party": a name after a description of a
                // person is one even when its first name is unknown.
                return next < b && doc.Tokens[next].IsCapitalized
                    && (PersonStart(p, c) || c - p is 2 or 3 && doc.TokenAt(p - 1) is { Kind: TokenKind.Word, IsCapitalized: false } before
                        && lexicon.DescribesPerson(before.Value))
                    ? c : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a one-word title with the place or portfolio it serves ends when a person's name follows ("Governor of
    /// Washington" in "Governor of Washington Chris Gregoire", "Minister for Foreign Affairs" in "Minister for Foreign
    /// Affairs Julie Bishop"); null otherwise.
    /// </summary>
    private int? TitleOfPlaceBeforePerson(int p, int b, out PhraseEntry? served, out int servedStart)
    {
        served = null;
        servedStart = -1;
        if (p + 3 >= b || !(doc.IsWord(p + 1, "of") || doc.IsWord(p + 1, "for"))
            || gazetteer.Lookup(doc.Tokens, p, 1)?.Any(e => e.Kind == PhraseKind.Title) != true)
        {
            return null;
        }

        var q = doc.IsWord(p + 2, "the") ? p + 3 : p + 2;
        var (length, place) = LongestMatch(q, b);
        if (place is not null)
        {
            var end = q + length;
            if (place.Kind is not (PhraseKind.Country or PhraseKind.Region or PhraseKind.City or PhraseKind.Place) || end >= b || !PersonStart(end, b))
            {
                return null;
            }

            served = place;
            servedStart = q;
            return end;
        }

        // A portfolio of up to three capitalised words: "of Education", "for Foreign Affairs".
        for (var end = q + 1; end <= q + 3 && end + 1 < b; end++)
        {
            var word = doc.Tokens[end - 1];
            if (!word.IsCapitalized || word.IsAllCaps || StrongAt(end - 1, b) || IsTitleAt(end - 1, b) || gazetteer.Names.Contains(word.Value))
            {
                return null;
            }

            if (PersonStart(end, b))
            {
                return end;
            }
        }

        return null;
    }

    /// <summary>A title inside the run ("US Secretary of State"): an office, not a facility named after its last word.</summary>
    // Where a one- or two-word title starts inside a run after a body's name of two words or more, when a person's
    // name follows it to the run's end.
    private int? TitledNameAfter(int p, int b)
    {
        for (var k = p + 2; k < b - 2; k++)
        {
            if (IsTitleAt(k, b) && !lexicon.OrgSuffixes.Contains(doc.Tokens[k].Value)
                && (PersonStart(k + 1, b) || IsTitleAt(k, k + 2) && PersonStart(k + 2, b)))
            {
                return k;
            }
        }

        return null;
    }

    private bool TitleInside(int p, int b)
    {
        for (var k = p + 1; k < b - 1; k++)
        {
            // "Mosul General Hospital", "Las Anod General Hospital": "General" describes the hospital, no rank.
            if (IsTitleAt(k, b) && !(k == b - 2 && doc.Tokens[k].Value == "General" && FacilitySuffixes.Contains(doc.Tokens[b - 1].Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word before the run's first "of" or "for" is an organisation word ("Bank of England", "Colorado State
    /// University of the US", "Syrian Observatory for Human Rights").
    /// </summary>
    private bool OrgWordBeforeOf(int p, int b)
    {
        for (var k = p + 1; k < b - 1; k++)
        {
            // Not "the recognition by the Russian Federation of South Ossetia's independence": a country's name before
            // "of" ends there.
            if (doc.Tokens[k].Value is "of" or "for" or "on")
            {
                return lexicon.OrgSuffixes.Contains(doc.Tokens[k - 1].Value)
                    && gazetteer.Lookup(doc.Tokens, p, k - p)?.Any(e => e.Kind == PhraseKind.Country) != true;
            }

            if (MissionInPlace(p, k, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A known first name followed by another capitalised word that is not a place, title or organisation.</summary>
    /// <summary>"Middle Shabelle", "Lower Juba", "Upper Nile", "North Kivu": a word naming a part of a region.</summary>
    public static bool IsRegionPrefix(string word) => CompassWords.Contains(word) || word is "Middle" or "Greater" or "Inner" or "Outer" or "Upper" or "Lower";

    private bool PersonStart(int p, int b)
    {
        if (p + 1 >= b)
        {
            return false;
        }

        var t = doc.Tokens[p].Value;
        if (!gazetteer.Names.Contains(t) || lexicon.Stopwords.Contains(t) || doc.LowercaseWords.Contains(t.ToLowerInvariant())
            || IsRegionPrefix(t))
        {
            // "Middle Shabelle", "Lower Juba", "Upper Nile": a part of a region, not a first name.
            return false;
        }

        // Particles of a surname come between: "Ursula von der Leyen", "Charles de Gaulle".
        var n = p + 1;
        while (n + 1 < b && SurnameParticles.Contains(doc.Tokens[n].Value))
        {
            n++;
        }

        // A title word that ends the run is a surname: titles come before names ("Julie Bishop said").
        var next = doc.Tokens[n];
        // Not "House Democrats": a group named by its last word.
        return next.IsCapitalized && !next.IsAllCaps && (TitleEndsRun(n, b) || !StrongAt(n, b) && !IsTitleAt(n, b) || SheikhInsideName(n, b))
            && !lexicon.OrgSuffixes.Contains(doc.Tokens[b - 1].Value) && !lexicon.GroupNominals.Contains(doc.Tokens[b - 1].Value);
    }

    // Not when the word before makes a longer title with it ("Prime Minister").
    private bool TitleEndsRun(int n, int b) =>
        n == b - 1 && IsTitleAt(n, b) && !lexicon.Honorifics.Contains(doc.Tokens[n].Value) && !StrongMatchAt(n, b)
        && gazetteer.Lookup(doc.Tokens, n - 1, 2)?.Any(e => e.Kind == PhraseKind.Title) != true;

    // "Thérèse Kayikwamba Wagner": a surname that is also the short name of a body ("Wagner" for the Wagner Group)
    // ends a person's name; the bodies' own names ("Hamas", "Kremlin") do not.
    private bool ShortNameOfABody(int q)
    {
        var entries = gazetteer.Lookup(doc.Tokens, q, 1);
        return entries is not null && entries.All(e => e.Kind == PhraseKind.Organization && e.Record is { } r && r.Name != doc.Tokens[q].Value);
    }

    private bool StrongAt(int p, int b)
    {
        var (_, entry) = LongestMatch(p, b);
        return entry is not null && entry.Kind is not PhraseKind.City and not PhraseKind.Region;
    }

    // The end of the longest known organisation name that starts inside the run [first, j) and goes past token j.
    private int? KnownBodyThrough(int first, int j, int end)
    {
        if (doc.Tokens[j].Kind != TokenKind.Word || doc.Tokens[j].IsCapitalized)
        {
            return null;
        }

        for (var p = Math.Max(first, j - gazetteer.MaxPhraseTokens + 1); p < j; p++)
        {
            if (!gazetteer.BodyNamesWithLowercaseWords.Contains(doc.Tokens[p].Value))
            {
                continue;
            }

            for (var len = Math.Min(gazetteer.MaxPhraseTokens, end - p); len > j - p; len--)
            {
                if (gazetteer.Lookup(doc.Tokens, p, len) is { } entries && entries.Any(e => e.Kind == PhraseKind.Organization))
                {
                    return p + len;
                }
            }
        }

        return null;
    }

    private (int Length, PhraseEntry? Entry) LongestMatch(int p, int b)
    {
        for (var len = Math.Min(gazetteer.MaxPhraseTokens, b - p); len >= 1; len--)
        {
            var entries = gazetteer.Lookup(doc.Tokens, p, len);
            if (entries is not null)
            {
                return (len, Best(entries));
            }
        }

        return (0, null);
    }

    private static PhraseEntry Best(IReadOnlyList<PhraseEntry> entries)
    {
        PhraseEntry best = entries[0];
        foreach (var e in entries)
        {
            if (Rank(e.Kind) < Rank(best.Kind))
            {
                best = e;
            }
        }

        return best;
    }

    private static int Rank(PhraseKind kind) => kind switch
    {
        PhraseKind.Honorific => 0,
        PhraseKind.Country => 1,
        PhraseKind.Place => 2,
        PhraseKind.Organization => 3,
        PhraseKind.Demonym => 4,
        PhraseKind.Title => 5,
        PhraseKind.Region => 6,
        _ => 7,
    };

    /// <summary>The lower-case word right before a run, for context rules.</summary>
    public static bool IsPlacePreposition(string word) => PlacePrepositions.Contains(word);
}
