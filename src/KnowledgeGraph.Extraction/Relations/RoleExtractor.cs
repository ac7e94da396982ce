using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds offices, ranks and titles: before a name ("Armenian Prime Minister Nikol Pashinyan", "U.S. ambassador to
/// the U.N. Susan Rice"), in an apposition ("X, the secretary general of Y"), and after a copula ("X has assumed
/// the role as president of Y").
/// </summary>
internal sealed class RoleExtractor(Document doc, EntityBuilder builder, NominalResolver nominals)
{
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "became", "becomes", "is", "was", "been", "elected", "appointed", "named",
    };

    // Lower-case words for the field of an office, before its title words: "national security adviser", "foreign policy chief".
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.Ordinal)
    {
        "national", "foreign", "economic", "military", "political", "legal", "defence", "defense", "security", "policy", "press",
        "humanitarian", "human", "rights", "trade", "finance", "health", "intelligence",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "current", "former", "then", "now", "acting", "interim", "newly", "new", "longtime", "long-time",
        "caretaker", "outgoing", "incoming",
    };

    private readonly Lexicon lexicon = doc.Lexicon;
    private readonly List<RoleItem> roles = [];

    public List<RoleItem> Extract()
    {
        CreateDescribedEntities();
        var persons = doc.Tokens.Select((_, i) => doc.MentionAt[i]).Where((m, i) => m is not null && m.FirstToken == i
            && m.Entity.Type == EntityType.Person && !m.Entity.IsNominal && m.Kind == MentionKind.Name).Cast<MentionInfo>().ToList();
        foreach (var m in persons)
        {
            doc.CancellationToken.ThrowIfCancellationRequested();
            if (doc.IsExcluded(m.Start, m.End))
            {
                continue;
            }

            Before(m);
            Apposition(m);
            ApposedTo(m);
            Copular(m);
            AppointedAs(m);
            Heads(m);
            ServesAs(m);
            LedBy(m);
            Counterpart(m);
            Member(m);
        }

        return roles;
    }

    // The organisation noun after a demonym or a country's possessive, over up to two modifiers: "Cambodian government",
    // "Azerbaijan's foreign ministry"; none when an "of" follows it.
    private int? BodyNounAfter(MentionInfo mention)
    {
        var k = mention.Adjectival ? mention.EndToken
            : mention.Entity.Type == EntityType.GeopoliticalEntity && doc.TokenAt(mention.EndToken).Value is "'s" or "\u2019s" ? mention.EndToken + 1
            : -1;
        for (var n = 0; k >= 0 && n < 3 && doc.TokenAt(k + n) is { Kind: TokenKind.Word, IsCapitalized: false } word; n++)
        {
            if (lexicon.OrgNominals.Contains(word.Value))
            {
                return doc.IsWord(k + n + 1, "of") || doc.TokenAt(k + n + 1) is { Kind: TokenKind.Word, IsCapitalized: false } next && lexicon.OrgNominals.Contains(next.Value)
                    ? null
                    : k + n;
            }

            if (lexicon.Stopwords.Contains(word.Value) || IsTitleWord(word.Value))
            {
                return null;
            }
        }

        return null;
    }

    // A named body right after lower-case words that describe it: "(UN) peacekeeping mission MONUSCO", "the UN mission,
    // known as MONUSCO".
    private MentionInfo? NamedAfterDescription(int k)
    {
        for (var n = 0; n < 3 && doc.TokenAt(k + n) is { Kind: TokenKind.Word, IsCapitalized: false } word && !lexicon.Stopwords.Contains(word.Value); n++)
        {
            var name = doc.IsWord(k + n + 1, ",") && doc.IsWord(k + n + 2, "known") && doc.IsWord(k + n + 3, "as") ? k + n + 4 : k + n + 1;
            if ((DescriptionTargets.NamesAKindOfBody(word.Value) || word.Value is "mission" or "force" or "office" or "operation" or "agency" or "programme" or "program")
                && NamedAt(name) is { Adjectival: false, Entity.Type: EntityType.Organization } named && named.FirstToken == name)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>"Roselaure Saint-Fleur, a member of the Transitional Presidential Council, said": a member of that body.</summary>
    private void Member(MentionInfo m)
    {
        var k = m.EndToken;
        if (!doc.IsWord(k, ",") || doc.TokenAt(k + 1).Value is not ("a" or "an"))
        {
            return;
        }

        var member = doc.TokenAt(k + 2).Value is "senior" or "leading" or "founding" or "prominent" ? k + 3 : k + 2;
        var body = doc.IsWord(member + 2, "the") ? member + 3 : member + 2;
        if (!doc.IsWord(member, "member") || !doc.IsWord(member + 1, "of")
            || NamedAt(body) is not { Adjectival: false, Entity.Type: EntityType.Organization } named || named.FirstToken != body)
        {
            return;
        }

        // "a member of the Houthis' political bureau": a member of the body's organ, named as written.
        var organ = named.EndToken + 1;
        while (doc.IsWord(named.EndToken, "'s") || doc.IsWord(named.EndToken, "\u2019s"))
        {
            if (organ - named.EndToken > 3 || doc.TokenAt(organ) is not { Kind: TokenKind.Word, IsCapitalized: false } word || lexicon.Stopwords.Contains(word.Value))
            {
                break;
            }

            organ++;
        }

        var role = organ > named.EndToken + 1
            ? doc.Text[doc.Tokens[k + 2].Start..doc.Tokens[member + 1].End] + " the " + doc.Text[doc.Tokens[named.EndToken + 1].Start..doc.Tokens[organ - 1].End]
            : doc.Text[doc.Tokens[k + 2].Start..doc.Tokens[member].End];
        Add(m.Entity, role, named.Entity, m.Start, organ > named.EndToken + 1 ? doc.Tokens[organ - 1].End : named.End, 0.7);
    }

    // The office a verb of leading gives: "X, who heads the UN human rights office," is its head.
    private static readonly Dictionary<string, string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        ["heads"] = "head", ["headed"] = "head", ["leads"] = "leader", ["led"] = "leader", ["chairs"] = "chair",
        ["chaired"] = "chair", ["commands"] = "commander", ["commanded"] = "commander", ["directs"] = "director",
    };

    /// <summary>"Volker Turk, who heads the UN human rights office, said": the head of that body.</summary>
    private void Heads(MentionInfo m)
    {
        var verb = m.EndToken + 2;
        if (!doc.IsWord(m.EndToken, ",") || !doc.IsWord(m.EndToken + 1, "who") || !LeadingVerbs.TryGetValue(doc.TokenAt(verb).Value, out var office))
        {
            return;
        }

        var sentenceEnd = doc.Sentences[doc.SentenceOf[m.FirstToken]].EndToken;
        var body = doc.IsWord(verb + 1, "the") ? verb + 2 : verb + 1;
        var end = body;
        while (end < sentenceEnd && end - body < 6 && doc.Tokens[end].Kind == TokenKind.Word)
        {
            end++;
        }

        // The body named there ("the opposition Civic Alliance party" too), or described by its kind ("the UN human
        // rights office").
        var namedInside = Enumerable.Range(body, end - body).Select(NamedAt)
            .FirstOrDefault(x => x is { Adjectival: false, Entity.Type: EntityType.Organization } && x.FirstToken <= body + 2);
        var led = NamedAt(body) is { Adjectival: false, Entity.Type: EntityType.Organization or EntityType.GeopoliticalEntity } named
            ? named.Entity
            : namedInside is not null ? namedInside.Entity
            : end > body && nominals.NounPhraseEndingAt(end - 1, body, allowApposition: false) is { Entity.Type: EntityType.Organization } described
                ? described.Entity
                : null;

        // "who heads the Multinational Security Support (MSS) mission": a name read only by its acronym in brackets.
        if (led is null && doc.IsWord(end, "(") && NamedAt(end + 1) is { Adjectival: false, Entity.Type: EntityType.Organization } acronym
            && doc.IsWord(acronym.EndToken, ")"))
        {
            led = acronym.Entity;
            end = acronym.EndToken + 1;
        }
        if (led is not null)
        {
            Add(m.Entity, office, led, m.Start, doc.Tokens[end - 1].End, 0.7);
        }
    }

    /// <summary>
    /// "Jeff Larose, a former police officer who now acts as a spokesman for Viv Ansanm": the office a relative clause
    /// after the name says the person serves in.
    /// </summary>
    private void ServesAs(MentionInfo m)
    {
        if (!doc.IsWord(m.EndToken, ","))
        {
            return;
        }

        var sentenceEnd = doc.Sentences[doc.SentenceOf[m.FirstToken]].EndToken;
        var who = m.EndToken + 1;
        while (who < sentenceEnd && who - m.EndToken < 16 && doc.Tokens[who].Kind == TokenKind.Word && !doc.IsWord(who, "who"))
        {
            who++;
        }

        var verb = who + 1;
        while (doc.TokenAt(verb).Value is "now" or "also" or "currently" or "still")
        {
            verb++;
        }

        if (doc.IsWord(who, "who") && doc.TokenAt(verb).Value is "serves" or "acts" or "works" && doc.IsWord(verb + 1, "as")
            && doc.TokenAt(verb + 2).Value is "a" or "an" or "the")
        {
            Phrase(m, verb + 2, 0.65);
        }
    }

    /// <summary>
    /// "Egypt's foreign minister, Sameh Shoukry, and his Jordanian counterpart Ayman Safadi": the same office as the role
    /// named last, of the country the demonym names.
    /// </summary>
    private void Counterpart(MentionInfo m)
    {
        var k = doc.IsWord(m.FirstToken - 1, ",") ? m.FirstToken - 2 : m.FirstToken - 1;
        if (!doc.IsWord(k, "counterpart") || doc.MentionAt[k - 1] is not
                { Adjectival: true, Entity: { Type: EntityType.GeopoliticalEntity, Record.IsCountry: true } country }
            || roles.LastOrDefault(r => r.End <= doc.Tokens[k].Start && doc.Tokens[k].Start - r.End < 300 && r.Of != country) is not { } counterpartOf)
        {
            return;
        }

        Add(m.Entity, counterpartOf.Role, country, doc.Tokens[k - 1].Start, m.End, counterpartOf.Confidence * 0.9);
    }

    /// <summary>
    /// "The Government of National Unity, led by Prime Minister Abdul Hamid Dbeibah,", "Hamas, led by Yahya Sinwar,": the
    /// body's office named before the person, or its leader or head.
    /// </summary>
    private void LedBy(MentionInfo m)
    {
        var by = m.FirstToken - 1;
        while (by > 0 && doc.Tokens[by] is { Kind: TokenKind.Word, IsCapitalized: true } && !doc.IsWord(by, "by"))
        {
            by--;
        }

        if (!doc.IsWord(by, "by") || !doc.IsWord(by - 2, ",") || !LeadingVerbs.TryGetValue(doc.TokenAt(by - 1).Value, out var office)
            || !doc.Tokens[by - 1].Value.EndsWith("ed", StringComparison.Ordinal) || by < 3)
        {
            return;
        }

        // The body named there, or described by its kind ("The army, led by General ...").
        var sentenceFirst = doc.Sentences[doc.SentenceOf[by]].FirstToken;
        var body = NamedAt(by - 3) is { Adjectival: false, Entity.Type: EntityType.Organization or EntityType.GeopoliticalEntity } named
            && named.EndToken == by - 2
                ? named.Entity
                : nominals.NounPhraseEndingAt(by - 3, sentenceFirst, allowApposition: false) is { Entity.Type: EntityType.Organization } described
                    ? described.Entity
                    : null;
        if (body is null)
        {
            return;
        }

        if (by + 1 < m.FirstToken)
        {
            var title = doc.Text[doc.Tokens[by + 1].Start..doc.Tokens[m.FirstToken - 1].End];
            if (!lexicon.Titles.Contains(title) && !lexicon.Titles.Contains(doc.Tokens[m.FirstToken - 1].Value))
            {
                return;
            }

            office = title;
        }

        Add(m.Entity, office, body, doc.Tokens[by - 1].Start, m.End, 0.7);
    }

    /// <summary>Named descriptions that later facts may need: "Bacar loyalists", "the Comoros government".</summary>
    private void CreateDescribedEntities()
    {
        for (var i = 0; i < doc.Tokens.Count - 1; i++)
        {
            var m = doc.MentionAt[i];
            if (m is null || m.EndToken != i + 1)
            {
                continue;
            }

            for (var h = i + 1; h <= i + 3 && h < doc.Tokens.Count; h++)
            {
                var t = doc.Tokens[h];
                if (t.Kind != TokenKind.Word || t.IsCapitalized)
                {
                    break;
                }

                if (lexicon.GroupNominals.Contains(t.Value) || lexicon.OrgNominals.Contains(t.Value) && EndsPhrase(h + 1))
                {
                    nominals.Description(h, doc.Sentences[doc.SentenceOf[h]].FirstToken);
                    break;
                }
            }
        }
    }

    private bool EndsPhrase(int next)
    {
        var t = doc.TokenAt(next);
        return t.Kind != TokenKind.Word || t.Value is "has" or "have" or "had" or "is" or "was" or "will" or "would" or "and" or "of"
            or "in" or "to" or "says" or "said" or "could" or "can" or "must" || lexicon.Cues.ContainsKey(t.Value);
    }

    private void Before(MentionInfo m)
    {
        var sentenceFirst = doc.Sentences[doc.SentenceOf[m.FirstToken]].FirstToken;
        var k = m.FirstToken - 1;
        // Coordinated names share the role: "candidates Barack Obama and Mitt Romney".
        if (doc.IsWord(k, "and") && doc.MentionAt[k - 1] is { } left && left.Entity.Type == EntityType.Person)
        {
            var shared = roles.LastOrDefault(r => r.Person == left.Entity && r.End == left.End);
            if (shared is not null)
            {
                Add(m.Entity, shared.Role, shared.Of, shared.Start, m.End, shared.Confidence * 0.9);
            }

            return;
        }

        // "Undersecretary for Education Mr. Toccafondi": the honorific is no part of the role.
        while (k > sentenceFirst && lexicon.Honorifics.Contains(doc.Tokens[k].Value))
        {
            k--;
        }

        var end = k + 1;
        var start = end;
        var titleEnd = end;
        EntityInfo? of = null;
        var ofFirst = -1;
        var hasTitle = false;
        var qualifiers = 0;
        if (LongTitleEndingAt(k, sentenceFirst) is int longTitle)
        {
            // "White House Chief of Staff Mick Mulvaney", "Chief of the General Staff Valery Gerasimov".
            hasTitle = true;
            start = longTitle;
            k = longTitle - 1;
        }
        else if (ServedTitle(k, sentenceFirst, out var served, out var located) is int titleAt)
        {
            // "Governor of Washington Chris Gregoire" (the place is what the role is of), "Minister of Education
            // Stefania Giannini" (the portfolio is part of the role).
            hasTitle = true;
            start = titleAt;
            if (served is not null || located)
            {
                of = served;
                titleEnd = titleAt + 1;
            }

            k = titleAt - 1;
        }

        while (k >= sentenceFirst)
        {
            var t = doc.Tokens[k];
            var mention = NamedAt(k);
            if (mention is not null)
            {
                if (mention.Entity.Type == EntityType.Person)
                {
                    break;
                }

                // "ambassador to the U.N." keeps the organisation inside the role.
                var inner = doc.IsWord(mention.FirstToken - 1, "to") || doc.IsWord(mention.FirstToken - 2, "to") && doc.IsWord(mention.FirstToken - 1, "the");
                if (inner && hasTitle == false)
                {
                    k = doc.IsWord(mention.FirstToken - 1, "to") ? mention.FirstToken - 2 : mention.FirstToken - 3;
                    start = k + 1;
                    continue;
                }

                // "Bosnian Serb leader Milorad Dodik": two demonyms name a people of neither country.
                var compound = mention.Adjectival && NamedAt(mention.FirstToken - 1) is { Adjectival: true };
                if (hasTitle && of is null && !compound)
                {
                    of = mention.Entity;
                    ofFirst = mention.FirstToken;
                }

                break;
            }

            // The first word of a two-word title ("Prime Minister", "supreme leader").
            if (t.Kind == TokenKind.Word && !IsTitleWord(t.Value) && k + 1 < end && lexicon.Titles.Contains(t.Value + " " + doc.Tokens[k + 1].Value))
            {
                start = k;
                k--;
                continue;
            }

            // "Lebanon's caretaker Prime Minister": a qualifier between the possessor and the title is no part of the role.
            if (hasTitle && k == start - 1 - qualifiers && !t.IsCapitalized && Qualifiers.Contains(t.Value) && t.Value is not ("a" or "an" or "the"))
            {
                qualifiers++;
                k--;
                continue;
            }

            // "Iran's supreme leader Ali Khamenei": the possessor is what the role is of.
            if (hasTitle && of is null && t.Value is "'s" or "\u2019s" && k == start - 1 - qualifiers && NamedAt(k - 1) is { Adjectival: false } owner
                && owner.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Organization)
            {
                of = owner.Entity;
                ofFirst = owner.FirstToken;
                break;
            }

            // "the group's military spokesman Hussein al-Shami", "the front's spokesman X": the body the description
            // stands for.
            if (hasTitle && of is null && t.Value is "'s" or "\u2019s" && k == start - 1 - qualifiers
                && doc.TokenAt(k - 1) is { Kind: TokenKind.Word, IsCapitalized: false } kind
                && (DescriptionTargets.NamesAKindOfBody(kind.Value) || lexicon.OrgNominals.Contains(kind.Value))
                && nominals.Description(k - 1, sentenceFirst) is { Entity: { Type: EntityType.Organization, IsNominal: false } described } phrase)
            {
                of = described;
                ofFirst = phrase.First;
                break;
            }

            // A sentence's first word, capitalised only for its place, before a lower-case title: "Opposition leader X",
            // "Army spokesman X".
            if (t.Kind == TokenKind.Word && k == sentenceFirst && k + 1 == start && t.IsCapitalized && !doc.Tokens[start].IsCapitalized
                && !lexicon.Stopwords.Contains(t.Value.ToLowerInvariant()) && !lexicon.Cues.ContainsKey(t.Value.ToLowerInvariant()))
            {
                start = k;
                k--;
                continue;
            }

            // The portfolio before "minister" or "secretary": "Information Minister", "Health Secretary".
            if (t.Kind == TokenKind.Word && k + 1 == start && doc.Tokens[start].Value is "Minister" or "minister" or "Secretary" or "secretary"
                && !lexicon.Stopwords.Contains(t.Value) && !lexicon.Cues.ContainsKey(t.Value) && !IsTitleWord(t.Value))
            {
                start = k;
                k--;
                continue;
            }

            if (t.Kind != TokenKind.Word || t.IsCapitalized && !IsTitleWord(t.Value))
            {
                break;
            }

            // "White House national security spokesman": the field a title's words name is part of it.
            if (hasTitle && k + 1 == start && end - k <= 4 && PortfolioWords.Contains(t.Value))
            {
                start = k;
                k--;
                continue;
            }

            if (IsTitleWord(t.Value))
            {
                hasTitle = true;
                start = k;
                k--;
                continue;
            }

            if (!t.IsCapitalized && !lexicon.Stopwords.Contains(t.Value) && !lexicon.Cues.ContainsKey(t.Value) && hasTitle is false
                && end - k <= 4 && IsTitleWord(doc.Tokens[end - 1].Value))
            {
                start = k;
                k--;
                continue;
            }

            if (!t.IsCapitalized && hasTitle && !lexicon.Stopwords.Contains(t.Value) && !lexicon.Cues.ContainsKey(t.Value)
                && (t.Value.EndsWith("ial", StringComparison.Ordinal) || t.Value.Contains('-', StringComparison.Ordinal)
                    || t.Value is "election" or "policy" or "foreign" or "deputy" or "parliament" or "government" or "army" or "police"
                        or "defence" or "defense" or "military" or "senior" or "chief" or "top" or "party" or "opposition" or "rebel"
                        or "health" or "finance" or "interior" or "justice" or "trade" or "information" or "energy" or "education"
                        or "human" or "rights" or "humanitarian" or "aid" or "relief" or "refugee" or "nuclear" or "security"
                        or "intelligence" or "climate" or "peace" or "migration" or "development" or "environment" or "spy"
                        or "junta" or "regime" or "coup" or "ministry" or "embassy" or "cabinet" or "office" or "press"))
            {
                start = k;
                k--;
                continue;
            }

            // "WHO regional emergency director Amadou Keita": up to three lower-case words between a body's name and the
            // title are the title's own.
            if (hasTitle && k + 1 == start && ModifiersAfterBody(k, sentenceFirst) is int modifiersFirst)
            {
                start = modifiersFirst;
                k = modifiersFirst - 1;
                continue;
            }

            break;
        }

        if (!hasTitle || start >= end)
        {
            return;
        }

        var roleText = doc.Text[doc.Tokens[start].Start..doc.Tokens[titleEnd - 1].End];
        if (IsOccupationOnly(start, titleEnd))
        {
            return;
        }

        // "Lieutenant Ibrahim Moussa of the loyalists"
        if (of is null && doc.IsWord(m.EndToken, "of"))
        {
            var after = doc.IsWord(m.EndToken + 1, "the") ? m.EndToken + 2 : m.EndToken + 1;
            var np = doc.MentionAt[after] is { Adjectival: false } om ? new NounPhrase(om.FirstToken, om.EndToken, om.Entity, om.Confidence)
                : after < doc.Tokens.Count ? nominals.Description(after, sentenceFirst) : null;
            if (np is not null && np.Entity.Type is EntityType.Organization or EntityType.Group or EntityType.GeopoliticalEntity)
            {
                of = np.Entity;
            }
        }

        // "army spokesman Nabil Abdallah": the article's army.
        of ??= ArticleOrganisationIn(start, end);
        var evidenceStart = ofFirst >= 0 ? doc.Tokens[ofFirst].Start : doc.Tokens[start].Start;

        // "junta leader Colonel Assimi Goita": an office, then a rank of its own.
        if (RankAfterOffice(start, titleEnd) is int rank)
        {
            Add(m.Entity, doc.Text[doc.Tokens[rank].Start..doc.Tokens[titleEnd - 1].End], null, doc.Tokens[rank].Start, m.End, 0.8);
            roleText = doc.Text[doc.Tokens[start].Start..doc.Tokens[rank - 1].End];
        }

        Add(m.Entity, Singular(roleText), of, evidenceStart, m.End, 0.8);
    }

    // The first of at most three lower-case words ending at token last that follow the name of a body or country
    // ("WHO regional emergency"); null when anything else stands there.
    private int? ModifiersAfterBody(int last, int sentenceFirst)
    {
        for (var k = last; k >= sentenceFirst && last - k < 3; k--)
        {
            var t = doc.Tokens[k];
            // (Of the common words, only adjectives such as "regional" or "senior".)
            if (t.Kind != TokenKind.Word || t.IsCapitalized || lexicon.Stopwords.Contains(t.Value) && !lexicon.NameAdjectives.Contains(t.Value)
                || lexicon.Cues.ContainsKey(t.Value) || NamedAt(k) is not null)
            {
                return null;
            }

            if (NamedAt(k - 1) is { Adjectival: false, Entity.Type: EntityType.Organization or EntityType.GeopoliticalEntity } body
                && body.EndToken == k)
            {
                return k;
            }
        }

        return null;
    }

    private static readonly HashSet<string> QualifyingTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "deputy", "vice", "assistant", "under", "associate", "acting", "chief", "executive", "principal", "special",
        "senior", "junior", "first", "second", "lieutenant", "staff", "interim", "honorary",
    };

    // Where capitalised title words start that follow a lower-case title ("leader Colonel"), or where the second of two
    // whole titles starts ("Supreme Leader Ayatollah"); null when the words are one title.
    private int? RankAfterOffice(int start, int end)
    {
        if (end - start >= 2 && !lexicon.Titles.Contains(Words(start, end)))
        {
            for (var split = start + 1; split < end; split++)
            {
                // "Deputy Secretary of State" is one office: a title that qualifies the next is no office of its own.
                if (lexicon.Titles.Contains(Words(start, split)) && lexicon.Titles.Contains(Words(split, end))
                    && !(split == start + 1 && QualifyingTitles.Contains(doc.Tokens[start].Value)))
                {
                    return split;
                }
            }
        }

        // "spokesperson Rear Admiral": a rank of two words, whose first is no title alone.
        var rank = end;
        while (rank > start && doc.Tokens[rank - 1] is { Kind: TokenKind.Word, IsCapitalized: true } word)
        {
            if (rank - 2 >= start && doc.Tokens[rank - 2].IsCapitalized && lexicon.Titles.Contains(Words(rank - 2, rank)))
            {
                rank -= 2;
            }
            else if (IsTitleWord(word.Value))
            {
                rank--;
            }
            else
            {
                break;
            }
        }

        return rank > start && rank < end && doc.Tokens[rank - 1] is { Kind: TokenKind.Word, IsCapitalized: false } office && IsTitleWord(office.Value)
            ? rank : null;
    }

    // The first token of a title of three words or more from the lexicon that ends at token k.
    private int? LongTitleEndingAt(int k, int sentenceFirst)
    {
        for (var first = Math.Max(sentenceFirst, k - lexicon.MaxTitleWords + 1); first <= k - 2; first++)
        {
            if (doc.Tokens[first].Kind != TokenKind.Word || !lexicon.LongTitleFirstWords.Contains(doc.Tokens[first].Value))
            {
                continue;
            }

            var words = new string[k - first + 1];
            for (var j = first; j <= k; j++)
            {
                words[j - first] = doc.Tokens[j].Value;
            }

            if (lexicon.Titles.Contains(string.Join(' ', words)))
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a title ends that serves the place or portfolio written between it and a name: "Governor of Washington",
    /// "Minister for Foreign Affairs", "Secretary of State"; <paramref name="last"/> is the token before the name. The
    /// place, when it is one, comes out as what the role is of.
    /// </summary>
    private int? ServedTitle(int last, int sentenceFirst, out EntityInfo? place, out bool located)
    {
        place = null;
        located = false;
        var k = last;
        if (k < sentenceFirst)
        {
            return null;
        }

        if (doc.MentionAt[k] is { Adjectival: false } m && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location)
        {
            place = m.Entity;
            k = m.FirstToken - 1;
        }
        else
        {
            while (k >= sentenceFirst && last - k < 3 && NamedAt(k) is null && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } w
                && !IsTitleWord(w.Value) && !lexicon.Stopwords.Contains(w.Value.ToLowerInvariant()))
            {
                k--;
            }

            if (k == last)
            {
                return null;
            }
        }

        if (doc.IsWord(k, "the"))
        {
            k--;
        }

        // "Hamas leader in Gaza Yahya Sinwar": where the office is held, not what it is of.
        if (k - 1 >= sentenceFirst && doc.IsWord(k, "in") && place is not null && IsTitleWord(doc.Tokens[k - 1].Value))
        {
            located = true;
            place = null;
            return k - 1;
        }

        return k - 1 >= sentenceFirst && (doc.IsWord(k, "of") || doc.IsWord(k, "for")) && IsTitleWord(doc.Tokens[k - 1].Value)
            && !lexicon.Occupations.Contains(doc.Tokens[k - 1].Value.ToLowerInvariant()) ? k - 1 : null;
    }

    // A title standing for its holder ("the US Secretary of State") is read as the words of a role, not as a name.
    private MentionInfo? NamedAt(int i) => doc.MentionAt[i] is { Kind: not MentionKind.Title } m ? m : null;

    private void Apposition(MentionInfo m)
    {
        var i = m.EndToken;
        // ", as prime minister" after a name is the main clause's ("elected X, Y's daughter, as prime minister").
        if (doc.TokenAt(i).Value != "," || doc.IsWord(i + 1, "as"))
        {
            return;
        }

        Phrase(m, i + 1, 0.8);

        // "Bola Tinubu, Nigeria's president and the current chairman of ECOWAS,": a second office after "and".
        for (var j = i + 3; j < doc.Tokens.Count && j < i + 14; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind != TokenKind.Word && t.Value is not ("'s" or "\u2019s" or "-"))
            {
                return;
            }

            if (t.Value == "and" && (doc.TokenAt(j + 1).Value is "the" or "a" or "an" || IsTitleWord(doc.TokenAt(j + 1).Value)))
            {
                Phrase(m, j + 1, 0.7);
                return;
            }
        }
    }

    /// <summary>A description the name is apposed to: "The mayor of Kyiv, Vitali Klitschko, said".</summary>
    private void ApposedTo(MentionInfo m)
    {
        // Set off on both sides ("The mayor of Kyiv, Vitali Klitschko, said"); not "..., Minister X said", where the
        // name opens an attribution.
        var comma = m.PhraseFirstToken - 1;
        if (doc.TokenAt(comma).Value != "," || doc.TokenAt(m.EndToken).Kind == TokenKind.Word)
        {
            return;
        }

        var sentenceFirst = doc.Sentences[doc.SentenceOf[m.FirstToken]].FirstToken;
        for (var k = comma - 1; k >= sentenceFirst && comma - k <= 12; k--)
        {
            if (NamedAt(k) is { Entity.Type: not EntityType.Person } inside && inside.FirstToken < k)
            {
                // Over a name with words of its own: "The head of the International Committee of the Red Cross, X,".
                k = Math.Max(inside.FirstToken, sentenceFirst);
            }

            var t = doc.Tokens[k];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote || NamedAt(k) is { Entity.Type: EntityType.Person })
            {
                // '"...," Somalia's foreign minister, X, told', "In Hargeisa, Somaliland's foreign minister, X, said": the
                // description opens after a quotation or after a place the sentence opens with.
                if (k < comma - 1 && (t.Kind == TokenKind.Quote && doc.TokenAt(k - 1).Value is "," or "." or "?" or "!"
                    || t.Value == "," && PlaceOpensSentence(sentenceFirst, k)))
                {
                    Phrase(m, k + 1, 0.7);
                }

                return;
            }

            // The description starts at its determiner, or at the start of the sentence; "the" after a preposition
            // inside it ("The head of the World Health Organization", "ambassador to the UN", "A spokesperson for the
            // group") does not start it.
            // "CARICOM called for calm, and its secretary-general, X, said": a possessive after "and" starts it too.
            var determiner = t.Value is "the" or "The" or "a" or "A" or "an" or "An" || t.Value is "its" or "their" && doc.IsWord(k - 1, "and");
            if (k == sentenceFirst || determiner && doc.TokenAt(k - 1).Value is not ("of" or "to" or "for" or "at" or "in"))
            {
                Phrase(m, k, 0.75);
                return;
            }
        }
    }

    // "In Hargeisa," "From Kyiv,": a preposition and a place from the sentence's first token up to the comma.
    private bool PlaceOpensSentence(int sentenceFirst, int comma) =>
        doc.TokenAt(sentenceFirst).Value is "In" or "From" or "At" && doc.MentionAt[sentenceFirst + 1] is { } place
        && place.EndToken == comma && place.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location;

    /// <summary>
    /// The office an active verb of appointment gives its object: "Parliament elected Paetongtarn Shinawatra, the
    /// daughter of Thaksin, as prime minister".
    /// </summary>
    private void AppointedAs(MentionInfo m)
    {
        if (doc.TokenAt(m.PhraseFirstToken - 1) is not { Kind: TokenKind.Word } verb || !lexicon.AppointingVerbs.Contains(verb.Value))
        {
            return;
        }

        var i = m.EndToken;
        if (doc.TokenAt(i).Value == ",")
        {
            // Over an apposition set off by commas.
            var sentenceEnd = doc.Sentences[doc.SentenceOf[m.FirstToken]].EndToken;
            i = doc.NextComma(i + 1, Math.Min(sentenceEnd, i + 15)) + 1;
        }

        if (doc.IsWord(i, "as"))
        {
            Phrase(m, i + 1, 0.7);
        }
    }

    private void Copular(MentionInfo m)
    {
        var i = m.EndToken;

        // "Volodymyr Zelensky, who was elected president in 2019,", "Sergei Lavrov, 73, has been foreign minister";
        // "Assimi Goita, who led two coups, was sworn in as president": the main verb after the clause.
        if (doc.TokenAt(i).Value == "," && doc.IsWord(i + 1, "who"))
        {
            var sentenceEnd = doc.Sentences[doc.SentenceOf[m.FirstToken]].EndToken;
            var close = doc.NextComma(i + 2, Math.Min(sentenceEnd, i + 16));
            i = close < sentenceEnd && doc.Tokens[close].Value == "," && Copulas.Contains(doc.TokenAt(close + 1).Value) && !Copulas.Contains(doc.TokenAt(i + 2).Value)
                ? close + 1
                : i + 2;
        }
        else if (doc.TokenAt(i).Value == "," && doc.TokenAt(i + 1).Kind == TokenKind.Number && doc.TokenAt(i + 2).Value == ",")
        {
            i += 3;
        }

        var limit = Math.Min(i + 6, doc.Tokens.Count);
        for (var j = i; j < limit; j++)
        {
            var t = doc.Tokens[j];
            if (t.Kind != TokenKind.Word)
            {
                return;
            }

            if (Copulas.Contains(t.Value))
            {
                // "he was appointed by Prime Minister Nouri Maliki as the commander": the office is not the agent's.
                if (t.Value == "as" && doc.IsWord(m.PhraseFirstToken - 1, "by"))
                {
                    return;
                }

                // "became prime minister", "was appointed defense secretary" name an office; "is a teacher" needs an
                // "of" to be one ("is the leader of the Labour Party").
                // "was sworn in as the island's president", "was elected as": the office after "as".
                if (t.Value is "was" or "is" or "were" or "been" && doc.TokenAt(j + 1).Value is "sworn" or "elected" or "appointed" or "named" or "installed")
                {
                    var asAt = doc.IsWord(j + 2, "in") ? j + 3 : j + 2;
                    if (doc.IsWord(asAt, "as"))
                    {
                        Phrase(m, asAt + 1, 0.7);
                        return;
                    }
                }

                if (t.Value is "was" or "is" or "were" && doc.TokenAt(j + 1).Value is "elected" or "appointed" or "named")
                {
                    j++;
                }

                // "has been foreign minister since 2004": an office with no article is one too.
                var appointed = doc.Tokens[j].Value is "became" or "becomes" or "elected" or "appointed" or "named"
                    || doc.TokenAt(j + 1) is { Kind: TokenKind.Word } next && !lexicon.Occupations.Contains(next.Value)
                        && (IsTitleWord(next.Value) || lexicon.Titles.Contains(next.Value + " " + doc.TokenAt(j + 2).Value));
                Phrase(m, j + 1, 0.7, requireOf: !appointed);
                return;
            }
        }
    }

    /// <summary>A role phrase starting at token <paramref name="i"/>: "a government spokesman", "President of France".</summary>
    private void Phrase(MentionInfo m, int i, double confidence, bool requireOf = false)
    {
        var sentenceEnd = doc.Sentences[doc.SentenceOf[m.FirstToken]].EndToken;
        // "Its chairman, Wafula Chebukati,": the body "its" stands for is what the role is of.
        EntityInfo? owner = null;
        if (i < sentenceEnd && doc.Tokens[i].Value.ToLowerInvariant() is "its" or "their" or "his" or "her")
        {
            // "KFOR said it had increased patrols around Leposavic. Its commander, ...", "CARICOM called for calm, and its
            // secretary-general, ...": the body the clause before is about, not the place named last.
            owner = doc.Tokens[i].Value.ToLowerInvariant() is "its" or "their"
                ? BodyOpeningClauseBefore(i) ?? (nominals.ResolvePronoun(doc.Tokens[i].Value, i) is { Type: EntityType.Organization or EntityType.GeopoliticalEntity } body ? body : null)
                : null;
            i++;
        }

        while (i < sentenceEnd && Qualifiers.Contains(doc.Tokens[i].Value))
        {
            i++;
        }

        // "The bloc's foreign policy chief, Josep Borrell", "the rebel group's military commander": the body the
        // description stands for.
        // "the Israeli army's Arabic-language spokesman": a demonym before the body's noun too.
        var bodyAt = i + 2 < sentenceEnd && (doc.Tokens[i] is { Kind: TokenKind.Word, IsCapitalized: false } || NamedAt(i) is { Adjectival: true, EndToken: var demonymEnd } && demonymEnd == i + 1)
            && doc.Tokens[i + 2].Value is "'s" or "\u2019s"
            ? i + 1 : i;
        if (owner is null && bodyAt + 1 < sentenceEnd && doc.Tokens[bodyAt + 1].Value is "'s" or "\u2019s"
            && (DescriptionTargets.NamesAKindOfBody(doc.Tokens[bodyAt].Value) || lexicon.OrgNominals.Contains(doc.Tokens[bodyAt].Value))
            && nominals.Description(bodyAt, doc.Sentences[doc.SentenceOf[bodyAt]].FirstToken) is { Entity.Type: EntityType.Organization } described)
        {
            owner = described.Entity;
            i = bodyAt + 2;
        }

        var start = i;
        var end = i;
        var titleEnd = -1;
        EntityInfo? of = null;
        var ofStart = -1;
        var ofEnd = -1;
        for (var j = i; j < sentenceEnd && j - i < 12; j++)
        {
            var t = doc.Tokens[j];
            // A cue word is a verb unless a determiner makes it a modifier ("the leader of the ruling Pheu Thai party").
            // "a former police officer known as "Barbecue"": a participle of naming ends the office.
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote && t.Value != "-" || t.Is("who") || t.Is("which")
                || t.Value is "known" or "called" or "nicknamed" or "dubbed" or "named"
                || t.Is("and") || (lexicon.Cues.ContainsKey(t.Value) && !t.IsCapitalized && j > i && !doc.IsWord(j - 1, "the")))
            {
                break;
            }

            // "senior Myanmar adviser at the International Crisis Group": the body the office is at, not the country it
            // advises on.
            if (titleEnd >= 0 && t.Value is "at" or "with" && NamedAt(doc.IsWord(j + 1, "the") ? j + 2 : j + 1) is
                    { Adjectival: false, Entity.Type: EntityType.Organization } employer)
            {
                of = employer.Entity;
                break;
            }

            // "the army's spokesman in South Kivu,", "MSF's emergency coordinator in North Kivu": the place the office
            // covers is part of its wording.
            if (titleEnd >= 0 && t.Value == "in" && PlaceTheOfficeCovers(j + 1, sentenceEnd) is int placeEnd)
            {
                end = placeEnd;
                j = placeEnd - 1;
                continue;
            }

            // "became prime minister in October": the time is not part of the office.
            if (titleEnd >= 0 && t.Value is "in" or "on" or "since" or "after" or "before" or "until" or "during" or "at" or "last" or "this" or "from" or "between")
            {
                break;
            }

            // "a spokesman for the committee", "a spokesperson for the group": the named body the description stands for.
            if (of is null && titleEnd >= 0 && t.Value == "the" && doc.TokenAt(j - 1).Value is "for" or "of" or "at" or "to"
                && doc.TokenAt(j + 1) is { Kind: TokenKind.Word, IsCapitalized: false } kind
                && (DescriptionTargets.NamesAKindOfBody(kind.Value) || lexicon.OrgNominals.Contains(kind.Value)) && NamedAt(j + 1) is null
                && !(doc.TokenAt(j + 2) is { Kind: TokenKind.Word, IsCapitalized: false } after && !lexicon.Stopwords.Contains(after.Value))
                // (An unnamed body only when it is a country's: "the army" after "the Cameroonian army".)
                && nominals.Description(j + 1, doc.Sentences[doc.SentenceOf[j]].FirstToken) is { Entity: { Type: EntityType.Organization } describedBody }
                && (!describedBody.IsNominal || describedBody.Country is not null))
            {
                of = describedBody;
                ofStart = j + 1;
                ofEnd = j + 2;
                end = j + 2;
                j++;
                continue;
            }

            // "a leader of the Aqidat", "a leader of the Majlis Wahdat-e-Muslimeen (MWM)": a name no one has taken
            // for anything yet, after the office's "of", names the body the office is in.
            // "a spokesman for Radaa": the same after "for", where the name needs no article.
            if (of is null && titleEnd >= 0 && t.Value is "of" or "for" && UnknownBodyAfter(j + 1, sentenceEnd, articleOptional: t.Value == "for") is { } unknown)
            {
                of = unknown.Entity;
                ofStart = unknown.First;
                ofEnd = unknown.End;
                end = unknown.End;
                j = unknown.End - 1;
                continue;
            }

            // "a Misseriya leader", "a Wazalendo commander": an unknown name right before the office is the body's.
            if (of is null && j == i && titleEnd < 0 && t is { Kind: TokenKind.Word, IsCapitalized: true } && NamedAt(j) is null
                && doc.TokenAt(i - 1).Value is "a" or "an" && !IsTitleWord(t.Value) && !lexicon.Stopwords.Contains(t.Value.ToLowerInvariant())
                // (Not a people's adjective: "a Chagossian activist".)
                && !t.Value.EndsWith("ian", StringComparison.Ordinal) && !t.Value.EndsWith("ese", StringComparison.Ordinal) && !t.Value.EndsWith("ish", StringComparison.Ordinal)
                && doc.TokenAt(j + 1) is { Kind: TokenKind.Word, IsCapitalized: false } office && IsTitleWord(office.Value)
                && doc.Gazetteer.Lookup(doc.Tokens, j, 1) is null)
            {
                of = MentionUnknownBody(j, j + 1, null);
                ofStart = j;
                ofEnd = j + 1;
                end = j + 1;
                continue;
            }

            var mention = NamedAt(j);
            if (mention is not null)
            {
                if (mention.Entity.Type == EntityType.Person && !mention.Adjectival)
                {
                    // "Friedrich Merz, met French President Emmanuel Macron": a title right before a name is that name's.
                    if (titleEnd == j)
                    {
                        return;
                    }

                    break;
                }

                // "the breakaway Turkish Cypriot north", "Bosnian Serb leader": two demonyms name a people of
                // neither country.
                if (mention.Adjectival && NamedAt(mention.EndToken) is { Adjectival: true } second)
                {
                    j = second.EndToken - 1;
                    end = second.EndToken;
                    continue;
                }

                // "head of Ethiopia's National Intelligence and Security Service": the body the country's name owns.
                // "the governor of Cameroon's South-West Region": the region the country's name owns.
                var owned = doc.TokenAt(mention.EndToken).Value is "'s" or "\u2019s"
                    && NamedAt(mention.EndToken + 1) is { Adjectival: false, Entity.Type: EntityType.Organization or EntityType.GeopoliticalEntity or EntityType.Location } body
                    && body.Entity != mention.Entity ? body : null;

                // "a spokesman for the Cambodian government", "for Azerbaijan's foreign ministry", "the Chinese foreign
                // ministry": the body the demonym or possessive and its noun describe (not before the title: "Cambodian
                // government spokesman" is handled as "a government spokesman").
                if (titleEnd >= 0 && of is null && BodyNounAfter(mention) is int bodyHead
                    && nominals.Description(bodyHead, doc.Sentences[doc.SentenceOf[j]].FirstToken) is { Entity.Type: EntityType.Organization } servedBody)
                {
                    of = servedBody.Entity;
                    ofStart = j;
                    ofEnd = bodyHead + 1;
                    j = bodyHead;
                    end = bodyHead + 1;
                    continue;
                }

                // "the head of the UN peacekeeping mission MONUSCO", "a spokeswoman for the UN peacekeeping force
                // UNIFIL": the body named after its description.
                if (titleEnd >= 0 && of is null && !mention.Adjectival && mention.Entity.Type == EntityType.Organization
                    && NamedAfterDescription(mention.EndToken) is { } namedBody)
                {
                    of = namedBody.Entity;
                    ofStart = j;
                    ofEnd = namedBody.EndToken;
                    j = namedBody.EndToken - 1;
                    end = namedBody.EndToken;
                    continue;
                }
                of ??= owned?.Entity ?? mention.Entity;
                if (ofStart < 0)
                {
                    ofStart = j;
                    ofEnd = owned?.EndToken ?? mention.EndToken;
                }

                j = mention.EndToken - 1;
                end = mention.EndToken;
                continue;
            }

            if (IsTitleWord(t.Value) && titleEnd < 0)
            {
                titleEnd = j + 1;
            }
            else if (titleEnd < 0 && TitleOfWordsAt(j, sentenceEnd) is int words)
            {
                // "a member of parliament": a title of several words whose first word is none alone.
                titleEnd = j + words;
                end = titleEnd;
                j = titleEnd - 1;
                continue;
            }

            end = j + 1;
        }

        // "served as secretary of state under Joe Biden": a preposition left before the name that stopped the phrase.
        while (end > titleEnd && titleEnd >= 0 && doc.Tokens[end - 1] is { Kind: TokenKind.Word, IsCapitalized: false } last
            && lexicon.Stopwords.Contains(last.Value))
        {
            end--;
        }

        // The title comes within five words of the phrase's start, or of its possessor's end ("The European Union's
        // foreign policy chief").
        var titleFrom = ofStart == start ? ofEnd : start;
        if (titleEnd < 0 || end <= start || titleEnd > titleFrom + 5)
        {
            return;
        }

        // "a government spokesman": the article's government.
        of ??= owner ?? ArticleOrganisationIn(start, titleEnd);

        if (requireOf && of is null)
        {
            return;
        }

        if (IsOccupationOnly(start, end) && of?.Type != EntityType.Organization)
        {
            return;
        }

        var roleText = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        // "President of France" → "President"; "a Hamas spokesman" → "spokesman"
        if (of is not null && ofStart >= 0)
        {
            if (OfBefore(start, ofStart) is int cut)
            {
                roleText = doc.Text[doc.Tokens[start].Start..doc.Tokens[cut - 1].End];
            }
            else if (ofStart == start)
            {
                // "NATO's Secretary General" → "Secretary General"
                var after = ofEnd;
                if (after < end && doc.Tokens[after].Value is "'s" or "\u2019s")
                {
                    after++;
                }

                // "the country's new prime minister" → "prime minister"
                while (after < end - 1 && Qualifiers.Contains(doc.Tokens[after].Value))
                {
                    after++;
                }

                if (after < end)
                {
                    roleText = doc.Text[doc.Tokens[after].Start..doc.Tokens[end - 1].End];
                }
            }
        }

        // The phrase may stand after the name ("X, the president of Y") or before it ("the mayor of Kyiv, X").
        Add(m.Entity, roleText, of, Math.Min(m.Start, doc.Tokens[start].Start), Math.Max(m.End, doc.Tokens[end - 1].End), confidence);
    }

    // The end of a place named at token k (over "the", and a kind word after it: "Momo division") that closes an office's
    // phrase before a comma or the sentence's end; null for anything else ("spokesman in October", "officer in the army").
    private int? PlaceTheOfficeCovers(int k, int sentenceEnd)
    {
        if (doc.IsWord(k, "the"))
        {
            k++;
        }

        if (NamedAt(k) is not { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } place
            || place.FirstToken != k)
        {
            return null;
        }

        var end = place.EndToken;
        if (doc.TokenAt(end) is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value))
        {
            end++;
        }

        return end >= sentenceEnd || doc.TokenAt(end).Value is "," or ")" or ";" or "." ? end : null;
    }

    // The named body that opens the sentence before a sentence-opening "Its" at token k, or this sentence before ", and
    // its"; null when a sentence opens otherwise.
    private EntityInfo? BodyOpeningClauseBefore(int k)
    {
        var s = doc.SentenceOf[k];
        var opening = doc.Sentences[s].FirstToken == k ? s - 1 : doc.IsWord(k - 1, "and") && doc.IsWord(k - 2, ",") ? s : -1;
        if (opening < 0)
        {
            return null;
        }

        // "The NATO-led peacekeeping force in Kosovo, KFOR, said": the first body named in the subject, over its
        // description, not one after a preposition.
        var first = doc.Sentences[opening].FirstToken;
        for (var j = first; j < Math.Min(k, first + 12); j++)
        {
            if (doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } word && lexicon.Cues.ContainsKey(word.Value))
            {
                return null;
            }

            if (doc.MentionAt[j] is { Adjectival: false, Kind: MentionKind.Name } named && named.FirstToken == j
                && !(doc.TokenAt(j - 1) is { Kind: TokenKind.Word, IsCapitalized: false } before && (NameFinder.IsPlacePreposition(before.Value)
                    || before.Value is "of" or "for" or "by" or "with" or "to")))
            {
                return named.Entity is { Type: EntityType.Organization, IsNominal: false } body ? body : null;
            }
        }

        return null;
    }

    // "the Aqidat", "the Majlis Wahdat-e-Muslimeen (MWM)", "the Ma'awisley clan militia" at token k: capitalised words
    // that no mention covers (with the kind of body after them), after "the" and up to the end of the clause, become an
    // organisation (the one its bracketed acronym names, if any). After "for" the article may be missing ("for Radaa").
    private (EntityInfo Entity, int First, int End)? UnknownBodyAfter(int k, int sentenceEnd, bool articleOptional = false)
    {
        var hasArticle = doc.IsWord(k, "the");
        if (!hasArticle && !articleOptional)
        {
            return null;
        }

        var first = hasArticle ? k + 1 : k;
        var end = first;
        while (end < sentenceEnd && end - first < 5 && doc.MentionAt[end] is null
            && (doc.Tokens[end] is { Kind: TokenKind.Word, IsCapitalized: true } || doc.Tokens[end].Value == "-" && end > first))
        {
            end++;
        }

        // "the Ma'awisley clan militia": the kind of body, over a word for whom it draws on.
        var kind = doc.TokenAt(end).Value is "clan" or "tribal" or "ethnic" or "armed" ? end + 1 : end;
        if (end > first && hasArticle && doc.TokenAt(kind) is { Kind: TokenKind.Word, IsCapitalized: false } kindWord
            && (kindWord.Value is "militia" or "group" or "movement" or "faction" or "party" or "front" or "brigade"))
        {
            end = kind + 1;
        }

        if (end == first || doc.Tokens[end - 1].Kind != TokenKind.Word || IsTitleWord(doc.Tokens[first].Value)
            || !hasArticle && (end - first > 1 || doc.Gazetteer.Names.Contains(doc.Tokens[first].Value) || doc.Gazetteer.Lookup(doc.Tokens, first, 1) is not null)
            || doc.TokenAt(end) is { Kind: TokenKind.Word } next && !lexicon.Cues.ContainsKey(next.Value) && next.Value is not ("and" or "who" or "which" or "that"))
        {
            return null;
        }

        var acronym = doc.IsWord(end, "(") && doc.MentionAt[end + 1] is { Entity.Type: EntityType.Organization } bracketed
            && doc.IsWord(bracketed.EndToken, ")")
                ? bracketed.Entity
                : null;
        return (MentionUnknownBody(first, end, acronym), first, end);
    }

    // Tokens [first, end) as a mention of an organisation the article knows by no other name (or of the one given).
    private EntityInfo MentionUnknownBody(int first, int end, EntityInfo? body)
    {
        var name = doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End];
        body ??= builder.GetOrCreate("org:" + name, EntityType.Organization, name);
        doc.AddMention(new MentionInfo(first, end, doc.Tokens[first].Start, doc.Tokens[end - 1].End, MentionKind.Name, body) { Confidence = 0.6 });
        return body;
    }

    /// <summary>
    /// The "of" that joins a role to what it is of: right before it, or before lower-case words that describe it ("the
    /// leader of the opposition Orange Democratic Movement").
    /// </summary>
    private int? OfBefore(int start, int ofStart)
    {
        for (var c = ofStart - 1; c > start && ofStart - c <= 4; c--)
        {
            // "President of France", "a spokesman for the Taliban".
            var t = doc.Tokens[c];
            if (t.Value is "of" or "for")
            {
                return c;
            }

            if (t.Kind != TokenKind.Word || t.IsCapitalized || IsTitleWord(t.Value))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The article's organisation that an organisation word of a role names ("government" in "a government
    /// spokesman", "Army" opening "Army spokesman X"), the last such word deciding; null when there is none.
    /// </summary>
    private EntityInfo? ArticleOrganisationIn(int start, int end)
    {
        EntityInfo? organisation = null;
        for (var j = start; j < end; j++)
        {
            var word = doc.Tokens[j].Value;
            if (j == doc.Sentences[doc.SentenceOf[j]].FirstToken)
            {
                word = word.ToLowerInvariant();
            }

            // "junta leader Colonel X": the government of the country the article is about, when none is named.
            if (lexicon.OrgNominals.Contains(word))
            {
                organisation = nominals.OrganizationFor(null, word) ?? nominals.ArticleGovernment(word, j);
            }
        }

        return organisation;
    }

    private bool IsOccupationOnly(int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            var w = doc.Tokens[j].Value;
            if (IsTitleWord(w) && !lexicon.Occupations.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    private string Words(int start, int end)
    {
        var words = new string[end - start];
        for (var k = start; k < end; k++)
        {
            words[k - start] = doc.Tokens[k].Value;
        }

        return string.Join(' ', words);
    }

    // How many words of a title of two or three words ("member of parliament") start at token j; null for none.
    private int? TitleOfWordsAt(int j, int end)
    {
        for (var n = 3; n >= 2; n--)
        {
            if (j + n <= end && Enumerable.Range(j, n).All(k => doc.Tokens[k].Kind == TokenKind.Word)
                && lexicon.Titles.Contains(string.Join(' ', Enumerable.Range(j, n).Select(k => doc.Tokens[k].Value))))
            {
                return n;
            }
        }

        return null;
    }

    private bool IsTitleWord(string word)
    {
        if (lexicon.Titles.Contains(word) || lexicon.Occupations.Contains(word))
        {
            return true;
        }

        // "then-president", "ex-minister"
        if (TimePrefix(word) is int cut)
        {
            return IsTitleWord(word[cut..]);
        }

        var singular = Singular(word);
        return singular != word && lexicon.Titles.Contains(singular);
    }

    private static string Singular(string text) =>
        text.EndsWith("candidates", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ministers", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("officials", StringComparison.OrdinalIgnoreCase) || text.EndsWith("leaders", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("presidents", StringComparison.OrdinalIgnoreCase) || text.EndsWith("spokesmen", StringComparison.OrdinalIgnoreCase)
            ? text.EndsWith("men", StringComparison.Ordinal) ? text[..^3] + "man" : text[..^1]
            : text;

    private static int? TimePrefix(string word) =>
        word.StartsWith("then-", StringComparison.OrdinalIgnoreCase) ? 5 : word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? 3 : null;

    // A title of one to three words ends right before character offset start ("Prime Minister Sheikh").
    private bool TitleEndsBefore(int start)
    {
        var words = doc.Text[Math.Max(0, start - 40)..start].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n <= Math.Min(3, words.Length); n++)
        {
            if (lexicon.Titles.Contains(string.Join(' ', words[^n..])))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(EntityInfo person, string role, EntityInfo? of, int start, int end, double confidence)
    {
        role = role.Trim();

        // "Then-president Donald Trump" held the office of president (then); "ex-" stays, as "former" would.
        if (role.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
        {
            role = role[5..];
        }

        if (role.Length == 0 || end <= start)
        {
            return;
        }

        // "Prime Minister Sheikh Hasina": "Sheikh" after an office is part of how the person is called, not a second
        // office.
        if (role is "Sheikh" or "Sheik" && TitleEndsBefore(start))
        {
            return;
        }

        var same = roles.FindIndex(r => r.Person == person && string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase));
        if (same >= 0)
        {
            // A later mention may say what the office is of ("elects X as prime minister" in the headline, "as the
            // country's prime minister" in the text).
            if (roles[same].Of is null && of is not null)
            {
                roles[same] = new RoleItem(person, roles[same].Role, of, start, end, confidence);
                of.Participates = true;
            }

            return;
        }

        roles.Add(new RoleItem(person, role, of, start, end, confidence));
        person.Participates = true;
        if (of is not null)
        {
            of.Participates = true;
        }

        // The country whose office it is, so that "Qatar's prime minister" does not find Israel's.
        if (of is { Type: EntityType.GeopoliticalEntity, Record.IsCountry: true })
        {
            person.Country ??= of;
        }

        // Role head words let descriptions such as "the spokesman" find this person.
        foreach (var w in role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w is "to" or "of" or "for")
            {
                break;
            }

            person.RoleWords.Add(w.ToLowerInvariant());
            person.RoleWords.Add(Singular(w.ToLowerInvariant()));
        }

        _ = builder;
    }
}
