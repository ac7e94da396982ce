using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Resolves the noun phrase that names an agent (a speaker, a party, an employer): names, pronouns, appositions,
/// relative pronouns and descriptions ("an Azeri presidential adviser", "the government spokesman", "Bacar
/// loyalists", "ethnic Armenians in X"). Descriptions become nominal entities unless they point to a named one.
/// </summary>
internal sealed class NominalResolver(Document doc, EntityBuilder builder)
{
    // The head nouns of a description that a body's name can follow in apposition.
    private static readonly HashSet<string> DescribedBodies = new(StringComparer.Ordinal)
    {
        "mission", "force", "group", "alliance", "coalition", "movement", "party", "agency", "organisation", "organization",
        "militia", "faction", "bloc", "body", "ministry", "office", "council", "command", "network", "union", "operation",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "later", "then", "again", "reportedly", "previously", "earlier", "would", "will",
        "has", "once", "repeatedly", "publicly", "officially", "today", "yesterday", "recently", "separately",
        "further", "himself", "herself", "itself", "themselves", "initially", "subsequently", "finally", "immediately",
        "quickly", "soon", "eventually", "already", "first", "last", "had", "was", "is", "were", "are", "been", "being", "not", "never", "always",
        "still", "now", "effectively", "largely", "currently", "fully", "partly", "partially", "briefly", "formally", "both", "each",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "some", "many", "several", "these", "those", "this", "that", "his", "her", "its", "their",
        "our", "your", "my", "most", "all", "both", "other", "another", "few", "numerous",
    };

    private static readonly HashSet<string> Numerals = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    };

    private readonly Lexicon lexicon = doc.Lexicon;
    private readonly PronounResolver pronouns = new(doc);
    private readonly DescriptionTargets targets = new(doc);

    // What "the government" or "the army" named when the article's country was inferred for it, and where: the same
    // words later name the same body, however often another country has been named in between.
    private readonly Dictionary<string, (EntityInfo Body, int Token)> inferredBodies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The agent noun phrase that ends right before <paramref name="index"/> (the subject of a verb).</summary>
    public NounPhrase? SubjectBefore(int index, int sentenceFirst)
    {
        var k = index - 1;
        while (k >= sentenceFirst)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && Skippable.Contains(t.Value) && !t.IsCapitalized)
            {
                k--;
                continue;
            }

            // 'its troops had "liberated" the town': the mark opening a quoted verb; "Beijing in turn claims".
            if (doc.OpensPhraseQuote(k) && index < doc.QuoteWithMark(k)!.EndToken
                || doc.IsWord(k, "turn") && doc.IsWord(k - 1, "in"))
            {
                k -= t.Kind == TokenKind.Quote ? 1 : 2;
                continue;
            }

            // "on Wednesday", "on Thursday"
            if (t.Kind == TokenKind.Word && Weekdays.Contains(t.Value))
            {
                k -= doc.IsWord(k - 1, "on") ? 2 : 1;
                continue;
            }

            // "The mission (MONUSCO) said": a body described, then its name in brackets.
            // "The Caribbean Community (CARICOM) said": a name the article knows only by its acronym.
            if (t.Value == ")" && doc.TokenAt(k - 2).Value == "(" && doc.MentionAt[k - 1] is { Entity.Type: EntityType.Organization or EntityType.Group } acronym
                && doc.TokenAt(k - 3) is { Kind: TokenKind.Word } head
                && (!head.IsCapitalized && DescribedBodies.Contains(head.Value) || head.IsCapitalized && doc.MentionAt[k - 3] is null))
            {
                return new NounPhrase(acronym.FirstToken, acronym.EndToken, acronym.Entity, acronym.Confidence * 0.95);
            }

            // "The Rapid Support Forces (RSF) said": the subject is the phrase before a short bracket.
            if (t.Value == ")" && ShortBracketOpening(k, sentenceFirst) is { } opening)
            {
                k = opening - 1;
                continue;
            }

            break;
        }

        if (k < sentenceFirst || doc.InQuote(k) && doc.QuoteOf[k] != doc.QuoteOf[index])
        {
            return null;
        }

        // "a trader who gave his name only as Yasir told AFP", "a woman identified only as Amina said", "a trader named
        // Yasir": the name given, for the whole description.
        if (doc.MentionAt[k] is { Adjectival: false, Entity.Type: EntityType.Person } given && given.EndToken == k + 1
            && (doc.IsWord(given.FirstToken - 1, "named")
                || doc.IsWord(given.FirstToken - 1, "as")
                    && doc.TokenAt(doc.IsWord(given.FirstToken - 2, "only") ? given.FirstToken - 3 : given.FirstToken - 2).Value is "name" or "identified" or "named"))
        {
            var description = given.FirstToken - 1;
            while (description > sentenceFirst && given.FirstToken - description < 10 && doc.Tokens[description - 1].Kind == TokenKind.Word)
            {
                description--;
            }

            return new NounPhrase(description, given.EndToken, given.Entity, given.Confidence);
        }

        // "A senior official who asked not to be named said", "Officials who spoke on condition of anonymity said": the
        // people the relative clause describes.
        if (RelativeWhoBefore(k, sentenceFirst) is int who && NounPhraseEndingAt(who - 1, sentenceFirst, allowApposition: false) is { } described)
        {
            return described;
        }

        // "Somali government forces backed by local clan militias have recaptured": the phrase before the participle.
        var phrase = NounPhraseEndingAt(k, sentenceFirst, allowApposition: true);

        // "Mohamed Hamdan Daglo, better known as Hemedti,": the name the other one stands for.
        if (phrase is not null && doc.IsWord(phrase.First - 1, "as") && doc.IsWord(phrase.First - 2, "known"))
        {
            var comma = doc.TokenAt(phrase.First - 3).Value is "better" or "also" or "widely" ? phrase.First - 4 : phrase.First - 3;
            if (comma > sentenceFirst && doc.IsWord(comma, ",") && NounPhraseEndingAt(comma - 1, sentenceFirst, allowApposition: false) is { } named)
            {
                phrase = named;
            }
        }

        var by = phrase?.First - 1 ?? -1;
        while (by > sentenceFirst && phrase!.First - by < 4 && doc.Tokens[by] is { Kind: TokenKind.Word, IsCapitalized: false } modifier && modifier.Value != "by")
        {
            by--;
        }

        if (phrase is not null && doc.IsWord(by, "by")
            && doc.TokenAt(by - 1).Value is "backed" or "supported" or "aided" or "assisted" or "joined" or "helped" or "armed" or "led"
                or "headed" or "commanded" or "chaired" or "founded"
            && by - 1 > sentenceFirst && SubjectBefore(doc.IsWord(by - 2, ",") ? by - 2 : by - 1, sentenceFirst) is { } backed)
        {
            // "Opposition fighters led by Hayat Tahrir al-Sham captured": unnamed fighters a named body leads act for it.
            var ledByBody = doc.TokenAt(by - 1).Value is "led" or "headed" or "commanded" && phrase.Entity is { Type: EntityType.Organization, IsNominal: false }
                && backed.Entity is { Type: EntityType.Group, IsNominal: true };
            return ledByBody ? phrase : backed;
        }

        return phrase is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } && PeopleFrom(phrase.First, sentenceFirst) is { } people
            ? people
            : phrase;
    }

    // The "who" of a relative clause without commas that ends at token end ("who asked not to be named"), when a
    // lower-case word for people comes before it; null for none.
    private int? RelativeWhoBefore(int end, int sentenceFirst)
    {
        for (var k = end; k > sentenceFirst && end - k < 9; k--)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[k] is not null)
            {
                return null;
            }

            if (t.Value == "who")
            {
                // "A local official in Maqbanah who asked not to be named": over the place the people are in.
                var h = doc.MentionAt[k - 1] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } place
                    && place.EndToken == k && doc.TokenAt(place.FirstToken - 1).Value is "in" or "from" ? place.FirstToken - 2 : k - 1;
                return k < end && doc.TokenAt(h) is { Kind: TokenKind.Word } head && (!head.IsCapitalized || h == sentenceFirst)
                    && (lexicon.DescribesPerson(head.Value.ToLowerInvariant()) || lexicon.GroupNominals.Contains(head.Value.ToLowerInvariant())) ? k : null;
            }
        }

        return null;
    }

    // "A senior police officer in Srinagar", "Fighters from the coastal city of Misrata": the people a place after
    // "in" or "from" tells where they are, not the place.
    private NounPhrase? PeopleFrom(int placeFirst, int sentenceFirst)
    {
        // "Residents of Aden", "residents of nearby Atarib" too, but "the mayor of Kyiv" holds an office of the place.
        var of = doc.TokenAt(placeFirst - 1).Value is "nearby" or "neighbouring" or "neighboring" ? placeFirst - 2 : placeFirst - 1;
        if (of - 1 >= sentenceFirst && doc.IsWord(of, "of") && doc.Tokens[of - 1] is { Kind: TokenKind.Word } group
            && lexicon.GroupNominals.Contains(group.Value.ToLowerInvariant()))
        {
            return NounPhraseEndingAt(of - 1, sentenceFirst, allowApposition: false);
        }

        var k = placeFirst - 1;
        while (k > sentenceFirst && placeFirst - k <= 5 && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word
            && word.Value is not ("in" or "from" or "at"))
        {
            k--;
        }

        if (k <= sentenceFirst || doc.Tokens[k].Value is not ("in" or "from" or "at")
            || doc.Tokens[k - 1] is not { Kind: TokenKind.Word } head
            || !(lexicon.DescribesPerson(head.Value.ToLowerInvariant()) || lexicon.GroupNominals.Contains(head.Value.ToLowerInvariant())))
        {
            return null;
        }

        return NounPhraseEndingAt(k - 1, sentenceFirst, allowApposition: false);
    }

    // The "(" of a bracket of at most three tokens that closes at token close, with a name right before it.
    private int? ShortBracketOpening(int close, int sentenceFirst)
    {
        for (var k = close - 1; k > sentenceFirst && close - k <= 4; k--)
        {
            if (doc.Tokens[k].Value == "(")
            {
                return k > close - 2 || doc.MentionAt[k - 1] is not { } before || before.EndToken != k ? null : k;
            }
        }

        return null;
    }

    /// <summary>The noun phrase ending at token <paramref name="k"/> (inclusive).</summary>
    public NounPhrase? NounPhraseEndingAt(int k, int sentenceFirst, bool allowApposition)
    {
        if (k < sentenceFirst)
        {
            return null;
        }

        var t = doc.Tokens[k];
        if (t.Value == "," && allowApposition)
        {
            return AppositionSubject(k, sentenceFirst);
        }

        // Not the object of an earlier verb before an infinitive ("ordered the forces of our friends to bring ...").
        // Nor a relative pronoun, which stands for the phrase before it (below).
        if (t.Value is not ("to" or "and" or "or" or "but" or "as" or "than" or "if" or "who" or "which" or "that") && !doc.IsWord(k + 1, "to")
            && HeadBeforeOf(k, sentenceFirst) is { } head)
        {
            return head;
        }

        if (AgedPerson(k) is { } aged)
        {
            return aged;
        }

        if (t.Kind != TokenKind.Word)
        {
            return null;
        }

        if (IsPronoun(t.Value))
        {
            var e = ResolvePronoun(t.Value, k);
            return e is null ? null : new NounPhrase(k, k + 1, e, 0.7);
        }

        if (t.Value is "that" or "who" or "which" && k > sentenceFirst)
        {
            // "X, the head of Y, who ...": the apposition's subject; "The Houthis, who seized Sanaa": the phrase before;
            // "backing the group, which captured": "which" stands for the phrase right before it.
            var before = doc.TokenAt(k - 1).Value == "," ? NounPhraseEndingAt(k - 2, sentenceFirst, allowApposition: false) : null;
            if (t.Value == "who" && before is null && AppositionSubject(k, sentenceFirst) is { Entity.Type: EntityType.Person } apposed)
            {
                // "General Abdourahamane Tiani, the former head of the presidential guard who declared himself": the
                // person the description is set off after.
                return apposed;
            }

            var antecedent = t.Value == "which" && before is not null ? before : NounPhraseEndingAt(k - 1, sentenceFirst, allowApposition: true) ?? before;
            // "The CSP, an alliance of mainly Tuareg armed groups that had held Kidal": a description set off after a
            // body's name is the body, and so is what the clause says of the description.
            return antecedent is { Entity.IsNominal: true } && BodyDescribedBefore(antecedent.First, sentenceFirst) is { } body
                ? new NounPhrase(antecedent.First, antecedent.End, body, antecedent.Confidence)
                : antecedent;
        }

        var mention = doc.MentionAt[k];
        if (mention is not null && mention.EndToken == k + 1 && !mention.Adjectival)
        {
            // "ethnic Armenians in Nagorno-Karabakh": a place inside a group description.
            var group = GroupWithPlace(mention, sentenceFirst);
            if (group is not null)
            {
                return group;
            }

            // "a tribunal in The Hague found", "the court in Paris ruled", "the Kurdish regional government in Irbil":
            // the place says where the noun before it is ("the government in Kabul said" is the place's government).
            var prep = doc.TokenAt(mention.FirstToken - 1).Value is "the" or "The" ? mention.FirstToken - 2 : mention.FirstToken - 1;
            if (mention.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location && prep > sentenceFirst
                && doc.TokenAt(prep).Value is "in" or "at" or "near" && doc.Tokens[prep - 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun
                && !lexicon.Stopwords.Contains(noun.Value) && !noun.Value.EndsWith("ed", StringComparison.Ordinal)
                && (noun.Value is not ("government" or "authorities" or "regime" or "administration" or "leadership")
                    || IsSubnational(doc.TokenAt(prep - 2).Value)))
            {
                return Description(prep - 1, sentenceFirst);
            }

            var first = mention.FirstToken;
            return new NounPhrase(first, k + 1, mention.Entity, mention.Confidence);
        }

        return Description(k, sentenceFirst);
    }

    // The named body before ", a|an <description>" that reaches token first: "The CSP, an alliance of mainly Tuareg".
    private EntityInfo? BodyDescribedBefore(int first, int sentenceFirst)
    {
        for (var k = first - 1; k > sentenceFirst && first - k <= 8; k--)
        {
            var t = doc.Tokens[k];
            if (t.Value == ",")
            {
                return doc.TokenAt(k + 1).Value is "a" or "an" && doc.MentionAt[k - 1] is { Adjectival: false, Entity: { IsNominal: false, Type: EntityType.Organization } body } named
                    && named.EndToken == k
                        ? body
                        : null;
            }

            if (t.Kind != TokenKind.Word || t.IsCapitalized && doc.MentionAt[k] is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "The mayor of Kyiv said", "the head of the agency said", "the mother of three said": the noun before "of" heads
    /// the phrase that ends at <paramref name="k"/>, when it describes people.
    /// </summary>
    private NounPhrase? HeadBeforeOf(int k, int sentenceFirst)
    {
        for (var of = k - 1; of > sentenceFirst && k - of <= 5; of--)
        {
            var w = doc.Tokens[of];
            if (w.Kind != TokenKind.Word && w.Kind != TokenKind.Number && w.Value is not ("'s" or "\u2019s"))
            {
                return null;
            }

            if (w.Value is not ("of" or "for"))
            {
                continue;
            }

            // "the General Staff of Ukraine's armed forces said": the body named before "of".
            if (w.Value == "of" && doc.MentionAt[of - 1] is { Adjectival: false, Entity.Type: EntityType.Organization } body && body.EndToken == of
                && doc.MentionAt[k] is null or { Entity.Type: not (EntityType.Person or EntityType.Organization) })
            {
                return new NounPhrase(body.FirstToken, k + 1, body.Entity, body.Confidence * 0.95);
            }

            // "Rebels of the M23 movement said": the members of a named body act for it.
            var head = doc.Tokens[of - 1];
            var opensSentence = of - 1 == sentenceFirst;
            if (w.Value == "of" && head.Kind == TokenKind.Word && (!head.IsCapitalized || opensSentence)
                && (IsMembersWord(head.Value.ToLowerInvariant()) || RebelWords.Contains(head.Value))
                && BodyAfterOf(of + 1, k) is { } members)
            {
                return new NounPhrase(of - 1, k + 1, members, 0.6);
            }

            if (head.Kind != TokenKind.Word || head.IsCapitalized)
            {
                return null;
            }

            if (IsGroupHead(head.Value))
            {
                return w.Value == "of" ? Description(of - 1, sentenceFirst) : null;
            }

            // "The mayor of Kyiv", "a spokesman for the Kremlin", "the mother of three": one person. "The" points to
            // the one the article names with that title; else the person is unnamed, described by the whole phrase.
            if (lexicon.PersonNominals.Contains(head.Value) || lexicon.Titles.Contains(head.Value))
            {
                var holder = doc.IsWord(of - 2, "the") ? targets.PersonByRole(head.Value.ToLowerInvariant(), [], of - 1) : null;
                holder ??= builder.UnnamedPerson(doc.Text[head.Start..doc.Tokens[k].End], head.Value);
                return Note(new NounPhrase(of - 1, k + 1, holder, 0.6));
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "the 45-year-old said": the person the article gave that age ("Maria Kovacs, 45,"), else the last person named
    /// before.
    /// </summary>
    private NounPhrase? AgedPerson(int k)
    {
        var word = doc.Tokens[k].Value;
        if (!word.EndsWith("-year-old", StringComparison.Ordinal) || !doc.IsWord(k - 1, "the") || !char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        var age = word[..word.IndexOf('-', StringComparison.Ordinal)];
        MentionInfo? last = null;
        for (var j = k - 2; j >= 0; j--)
        {
            if (doc.MentionAt[j] is not { Entity.Type: EntityType.Person, Adjectival: false } m || m.FirstToken != j || m.Kind == MentionKind.Pronoun)
            {
                continue;
            }

            if (doc.TokenAt(m.EndToken).Value == "," && doc.TokenAt(m.EndToken + 1).Value == age)
            {
                return new NounPhrase(k - 1, k + 1, m.Entity, 0.7);
            }

            last ??= m;
        }

        return last is null ? null : new NounPhrase(k - 1, k + 1, last.Entity, 0.5);
    }

    /// <summary>The mention whose title starts at token <paramref name="k"/>, if its name starts before <paramref name="limit"/>.</summary>
    private MentionInfo? TitledMentionFrom(int k, int limit)
    {
        var servedEnd = -1;
        for (var n = k + 1; n < limit && n < doc.Tokens.Count; n++)
        {
            if (doc.MentionAt[n] is not { } m || m.FirstToken != n)
            {
                continue;
            }

            // "Governor of Washington Chris Gregoire": the place the title serves comes before the name.
            if (servedEnd < 0 && m.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location
                && (doc.IsWord(n - 1, "of") || doc.IsWord(n - 1, "for") || doc.IsWord(n - 1, "the") && doc.IsWord(n - 2, "to")))
            {
                servedEnd = m.EndToken;
                n = m.EndToken - 1;
                continue;
            }

            return m.FullFirstToken == k || n == servedEnd && m.Entity.Type == EntityType.Person ? m : null;
        }

        return null;
    }

    /// <summary>The entity a noun phrase starting at <paramref name="start"/> names ("said Abdourahim Said Bakar").</summary>
    public NounPhrase? PhraseStartingAt(int start, int limit)
    {
        var k = start;
        var lastPersonWord = -1;
        while (k < limit && k < doc.Tokens.Count)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (Determiners.Contains(t.Value) || lexicon.Occupations.Contains(t.Value)
                || lexicon.Titles.Contains(t.Value) || lexicon.PersonNominals.Contains(t.Value)))
            {
                if (lexicon.PersonNominals.Contains(t.Value) || lexicon.Occupations.Contains(t.Value))
                {
                    lastPersonWord = k;
                }

                k++;
                continue;
            }

            break;
        }

        // '"...," said a farmer in Badme who asked not to be named': the person described, where no name follows.
        if (lastPersonWord >= 0 && k < limit && doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } after
            && after.Value is "in" or "from" or "who" or "at" or "near" && Description(lastPersonWord, start) is { } described)
        {
            return doc.Tokens[k].Value is "in" or "from" && doc.MentionAt[k + 1] is { } where && where.FirstToken == k + 1
                && PeopleFrom(where.FirstToken, start) is { } located
                    ? located
                    : described;
        }

        if (k >= limit || k >= doc.Tokens.Count)
        {
            return null;
        }

        // A name with its title: '"...," said Secretary of State John Kerry'.
        var mention = doc.MentionAt[k] ?? TitledMentionFrom(k, limit);
        if (mention is not null && !mention.Adjectival && mention.Entity.Type is EntityType.Person or EntityType.Organization
            or EntityType.GeopoliticalEntity or EntityType.Group)
        {
            return new NounPhrase(mention.FirstToken, mention.EndToken, mention.Entity, mention.Confidence);
        }

        var t0 = doc.Tokens[k];
        if (t0.Kind == TokenKind.Word && IsPronoun(t0.Value))
        {
            var e = ResolvePronoun(t0.Value, k);
            return e is null ? null : new NounPhrase(k, k + 1, e, 0.7);
        }

        // "said the government spokesman": find the head of the description.
        var end = k;
        while (end < limit && end < doc.Tokens.Count && doc.Tokens[end].Kind == TokenKind.Word && end - k < 5)
        {
            var head = doc.Tokens[end].Value;
            // "two military sources", "a police officer": the people of the body are the head.
            if (lexicon.OrgNominals.Contains(head) && end + 1 < limit && doc.TokenAt(end + 1) is { Kind: TokenKind.Word, IsCapitalized: false } people
                && (lexicon.PersonNominals.Contains(people.Value) || lexicon.GroupNominals.Contains(people.Value)))
            {
                end++;
                continue;
            }

            if (lexicon.PersonNominals.Contains(head) || lexicon.GroupNominals.Contains(head) || lexicon.OrgNominals.Contains(head))
            {
                return Description(end, start);
            }

            end++;
        }

        return null;
    }

    public static bool IsPronoun(string word) => PronounResolver.IsPronoun(word);

    // "the Kurdish regional government", "the provincial authorities": a government below the state's.
    private static bool IsSubnational(string modifier) => modifier is "regional" or "provincial" or "local" or "state" or "municipal" or "autonomous";

    /// <summary>"Saudi-led", "U.S.-backed", "Iran-aligned": a compound naming who leads, backs or sides with what follows.</summary>
    public static bool IsLedOrBacked(string word) =>
        word.Length > 5 && word.IndexOf('-', StringComparison.Ordinal) > 0 && SidingSuffixes.Any(x => word.EndsWith(x, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] SidingSuffixes = ["-led", "-backed", "-aligned", "-allied", "-linked", "-affiliated", "-sponsored", "-supported"];

    /// <summary>
    /// he/she: the subject or speaker of the nearest earlier sentence; it: the nearest group, body or country; they: the
    /// people this sentence's subject names ("Russian forces have advanced since they captured Avdiivka"), else the
    /// nearest group or body, else the people the sentence before is about ("Residents fled the town. They said").
    /// </summary>
    public EntityInfo? ResolvePronoun(string pronoun, int index, bool bodiesOnly = false) =>
        pronoun is "they" or "They"
            ? GroupSubjectBefore(index, 0) ?? pronouns.ResolvePronoun(pronoun, index) ?? GroupSubjectBefore(index, 1)
            : pronouns.ResolvePronoun(pronoun, index, bodiesOnly);

    // The group a plural noun names as the subject of the sentence back sentences before the one of token index.
    private EntityInfo? GroupSubjectBefore(int index, int back)
    {
        var s = doc.SentenceOf[index];
        if (s - back >= 0)
        {
            var sentence = doc.Sentences[s - back];
            var head = doc.IsWord(sentence.FirstToken, "The") ? sentence.FirstToken + 1 : sentence.FirstToken;
            while (head < sentence.EndToken && head < index && head - sentence.FirstToken < 4 && doc.Tokens[head] is { Kind: TokenKind.Word } word
                && !lexicon.GroupNominals.Contains(word.Value.ToLowerInvariant()) && (!word.IsCapitalized || head == sentence.FirstToken))
            {
                head++;
            }

            // Not a count of people ("More than five million people remain without water").
            var counted = Enumerable.Range(sentence.FirstToken, Math.Max(0, head - sentence.FirstToken))
                .Any(k => doc.Tokens[k].Kind == TokenKind.Number || doc.Tokens[k].Value is "million" or "thousand" or "thousands" or "hundreds" or "dozens");
            if (!counted && head < index && head < sentence.EndToken && lexicon.GroupNominals.Contains(doc.Tokens[head].Value.ToLowerInvariant())
                && Description(head, sentence.FirstToken) is { Entity.Type: EntityType.Group or EntityType.Organization } group)
            {
                // "Troops from Somaliland recaptured Oog, two weeks after they lost it": the group with its place.
                return (doc.IsWord(head + 1, "from") || doc.IsWord(head + 1, "in")) && doc.MentionAt[head + 2] is { } place
                    && place.FirstToken == head + 2 && GroupWithPlace(place, sentence.FirstToken) is { } located
                        ? located.Entity
                        : group.Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "M23 rebels advanced ... The rebels captured": the one body the article has named with a word for its fighters
    /// before token <paramref name="head"/> ("M23 rebels", "the rebel M23 movement", "the paramilitary Rapid Support
    /// Forces", "rebels of the Permanent Strategic Framework"); none when it named two.
    /// </summary>
    public EntityInfo? NamedRebelsBefore(int head)
    {
        EntityInfo? body = null;
        for (var k = 1; k < head; k++)
        {
            var named = RebelsNamedAt(k);
            if (named is null)
            {
                continue;
            }

            if (body is not null && body != named)
            {
                return null;
            }

            body = named;
        }

        return body;
    }

    // The body whose members ("SDF fighters", "M23 rebels") the sentence names before token before.
    private EntityInfo? MembersNamedInSentence(int before)
    {
        var sentenceFirst = doc.Sentences[doc.SentenceOf[before]].FirstToken;
        for (var k = before - 1; k > sentenceFirst; k--)
        {
            if (doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word && (IsMembersWord(word.Value) || RebelWords.Contains(word.Value))
                && BodyNamedRightBefore(k) is { } body)
            {
                return body;
            }
        }

        return null;
    }

    // The body whose name ends right before token k ("SDF" in "SDF fighters").
    private EntityInfo? BodyNamedRightBefore(int k) =>
        doc.MentionAt[k - 1] is { Adjectival: false, Entity.Type: EntityType.Organization } body && body.EndToken == k ? body.Entity : null;

    // The body that the fighters' word at token k names: the name before the noun, or after the adjective or "of the".
    private EntityInfo? RebelsNamedAt(int k)
    {
        // "Rebels of the M23 movement seized Bukavu": capitalised only as the sentence's first word.
        if (doc.Tokens[k] is not { Kind: TokenKind.Word } word
            || word.IsCapitalized && (doc.Sentences[doc.SentenceOf[k]].FirstToken != k || !doc.IsWord(k + 1, "of")))
        {
            return null;
        }

        if (RebelWords.Contains(word.Value) && BodyNamedRightBefore(k) is { } before)
        {
            return before;
        }

        var nameAt = RebelAdjectives.Contains(word.Value) ? k + 1
            : RebelWords.Contains(word.Value) && doc.IsWord(k + 1, "of") ? (doc.IsWord(k + 2, "the") ? k + 3 : k + 2)
            : -1;
        if (nameAt < 0)
        {
            return null;
        }

        if (doc.MentionAt[nameAt] is { Adjectival: false, Entity.Type: EntityType.Organization } after && after.FirstToken == nameAt)
        {
            return after.Entity;
        }

        // "rebels of the Permanent Strategic Framework (CSP)": a name known only by the acronym in brackets after it.
        var j = nameAt;
        while (j - nameAt < 6 && doc.TokenAt(j) is { Kind: TokenKind.Word, IsCapitalized: true } || doc.IsWord(j, "of") && j > nameAt)
        {
            j++;
        }

        return j > nameAt && doc.TokenAt(j).Value == "(" && doc.TokenAt(j + 2).Value == ")"
            && doc.MentionAt[j + 1] is { Adjectival: false, Entity.Type: EntityType.Organization } acronym && acronym.FirstToken == j + 1
                ? acronym.Entity
                : null;
    }

    private static readonly HashSet<string> RebelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rebels", "fighters", "militants", "militiamen", "militias", "insurgents", "guerrillas", "gunmen", "paramilitaries",
        "jihadists", "separatists",
    };

    /// <summary>A word for the fighters of an armed body rather than a state's troops: "rebels", "militants", "gunmen".</summary>
    public static bool NamesFighters(string word) => RebelWords.Contains(word);

    // Words for fighters used before a body's name: "the rebel M23 movement", "the paramilitary Rapid Support Forces".
    private static readonly HashSet<string> RebelAdjectives = new(StringComparer.Ordinal)
    {
        "rebel", "paramilitary", "insurgent", "militant", "jihadist", "separatist",
    };

    // The named body of "the M23 movement", "the Islamic State group", "Hamas" from token from to token last.
    private EntityInfo? BodyAfterOf(int from, int last)
    {
        var j = doc.IsWord(from, "the") ? from + 1 : from;
        if (doc.MentionAt[j] is not { Adjectival: false, Entity.Type: EntityType.Organization } body || body.FirstToken != j)
        {
            return null;
        }

        return body.EndToken == last + 1 || body.EndToken == last && doc.Tokens[last] is { Kind: TokenKind.Word, IsCapitalized: false } ? body.Entity : null;
    }

    // The armed or rank-and-file members of a body, who act for it.
    private static bool IsMembersWord(string word) => word is "forces" or "troops" or "soldiers" or "fighters" or "members" or "gangs" or "factions" or "units";

    // The head noun of a body's description ends at token k ("The UN peacekeeping mission").
    private bool DescribedBodyEndsAt(int k) =>
        doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } head && DescribedBodies.Contains(head.Value);

    // "the peacekeeping force in Kosovo": the token before "in" when a place is where the body serves, else none.
    private int PlaceAfterBody(MentionInfo place) =>
        place.Entity.Type is EntityType.GeopoliticalEntity or EntityType.Location && doc.TokenAt(place.PhraseFirstToken - 1).Value is "in" or "for"
            ? place.PhraseFirstToken - 2
            : -1;

    private NounPhrase? AppositionSubject(int comma, int sentenceFirst)
    {
        // "X, the secretary general of Y, said" / "X, who was a refugee, said": the subject stands before the first comma.
        // "X, director of A, and chairman of B, says": a second description joined by "and" reaches further back.
        var reach = 25;
        var knownAs = -1;
        for (var i = comma - 1; i > sentenceFirst && comma - i < reach; i--)
        {
            var t = doc.Tokens[i];
            if (t.Kind == TokenKind.Quote)
            {
                return null;
            }

            if (t.Value == ",")
            {
                // "The minister, Ahmed Khalil, told", "The head of the WHO, Tedros Adhanom, warned": a description,
                // then the person's name between the commas; "The Coordination of Azawad Movements (CMA), an alliance":
                // the name before its acronym.
                // A name not read as one before its acronym ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM),"): the acronym.
                var m = doc.TokenAt(i - 1).Value != ")" ? doc.MentionAt[i - 1]
                    : ShortBracketOpening(i - 1, sentenceFirst) is { } opening ? doc.MentionAt[opening - 1]
                    : doc.TokenAt(i - 3).Value == "(" && doc.MentionAt[i - 2] is { Entity.Type: EntityType.Organization } acronym && acronym.FirstToken == i - 2
                        ? acronym
                        : null;
                var named = doc.MentionAt[comma - 1];
                // "His ally, National Assembly president Jorge Rodriguez, said": the body before the title is the name's.
                var nameFirst = doc.MentionAt[i + 1] is { Entity.Type: not EntityType.Person } body && body.FirstToken == i + 1
                    && named is not null && body.EndToken == named.PhraseFirstToken ? body.EndToken : i + 1;
                if (named is not null && named.PhraseFirstToken == nameFirst && named.Entity.Type == EntityType.Person
                    && m?.Entity.Type is not EntityType.Person)
                {
                    return new NounPhrase(named.FirstToken, named.EndToken, named.Entity, named.Confidence * 0.95);
                }

                // "The UN peacekeeping mission, MONUSCO, said": a body described, then its name between the commas.
                if (named is not null && (named.PhraseFirstToken == i + 1 || named.FirstToken == i + 2 && doc.IsWord(i + 1, "the"))
                    && named.Entity.Type is EntityType.Organization or EntityType.Group
                    && DescribedBodyEndsAt(m is null ? i - 1 : PlaceAfterBody(m)))
                {
                    return new NounPhrase(named.FirstToken, named.EndToken, named.Entity, named.Confidence * 0.95);
                }

                // "A resident of Lalibela, a town famed for its churches, told": the person the place is the home of.
                if (m is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } && doc.IsWord(m.PhraseFirstToken - 1, "of")
                    && HeadBeforeOf(i - 1, sentenceFirst) is { } resident && resident.Entity != m.Entity)
                {
                    return resident;
                }

                // "A senior police officer in Poonch, who asked not to be named, said": the people the place is
                // where they are (a name after "in" is a place, whatever else the name could be).
                if (m is { Adjectival: false } && PeopleFrom(m.FirstToken, sentenceFirst) is { } people)
                {
                    return people;
                }

                if (m is not null && !m.Adjectival && m.Entity.Type is EntityType.Person or EntityType.Organization
                    or EntityType.Group or EntityType.GeopoliticalEntity)
                {
                    return new NounPhrase(m.FirstToken, m.EndToken, m.Entity, m.Confidence * 0.95);
                }

                // "X, the force commander of the UN mission, known as MONUSCO, told": the other name of what the
                // description names; the subject stands further back.
                if (doc.IsWord(i + 1, "known") && doc.TokenAt(i + 2).Value is "as" or "by")
                {
                    knownAs = i;
                    continue;
                }

                if (doc.IsWord(i + 1, "and") && reach == 25)
                {
                    reach = comma - i + 25;
                    continue;
                }

                // "Officials, who spoke on condition of anonymity, said", "Eritrean forces, which fought alongside the
                // army, still occupy", "The electoral council, controlled by allies of X, declared", "A senior
                // official, speaking on condition of anonymity, said": a description before the first comma.
                var next = doc.TokenAt(i + 1);
                // "The rebels, based in Benghazi, control": a participle and its place.
                var opensClause = next.Value is "who" or "which"
                    || doc.IsWord(i + 2, "by") && (next.Value.Length > 3 && next.Value.EndsWith("ed", StringComparison.Ordinal) || next.Value is "led" or "run" or "held")
                    || next is { Kind: TokenKind.Word, IsCapitalized: false } && next.Value.Length > 4 && next.Value.EndsWith("ed", StringComparison.Ordinal)
                        && doc.TokenAt(i + 2).Value is "in" or "at" or "near" or "on"
                    || next is { Kind: TokenKind.Word, IsCapitalized: false } && next.Value.Length > 5 && next.Value.EndsWith("ing", StringComparison.Ordinal);
                return m is null && opensClause ? HeadBeforeOf(i - 1, sentenceFirst) ?? Description(i - 1, sentenceFirst) : null;
            }
        }

        // "The rival Boko Haram faction, known by its Arabic acronym JAS, holds": the phrase the other name is of.
        return PersonForOrganisation(sentenceFirst, comma)
            ?? (knownAs > sentenceFirst ? NounPhraseEndingAt(knownAs - 1, sentenceFirst, allowApposition: false) : null);
    }

    /// <summary>"Lydia Buchtmann for Food Standards Australia, says": a person, then whom they speak for, up to the comma.</summary>
    private NounPhrase? PersonForOrganisation(int first, int comma)
    {
        if (doc.MentionAt[first] is not { Adjectival: false, Entity.Type: EntityType.Person } person || person.FirstToken != first)
        {
            return null;
        }

        var k = person.EndToken;
        if (!(doc.IsWord(k, "for") || doc.IsWord(k, "of") || doc.IsWord(k, "from") || doc.IsWord(k, "at")))
        {
            return null;
        }

        // The body's name, however it was read ("Food Standards Australia New Zealand"): capitalised words to the comma.
        k = doc.IsWord(k + 1, "the") ? k + 2 : k + 1;
        if (k >= comma || comma - k > 8)
        {
            return null;
        }

        for (var j = k; j < comma; j++)
        {
            if (doc.Tokens[j] is not { Kind: TokenKind.Word, IsCapitalized: true } && !doc.IsWord(j, "of") && !doc.IsWord(j, "and"))
            {
                return null;
            }
        }

        return new NounPhrase(person.FirstToken, person.EndToken, person.Entity, person.Confidence * 0.95);
    }

    private NounPhrase? GroupWithPlace(MentionInfo place, int sentenceFirst)
    {
        if (place.Entity.Type is not (EntityType.GeopoliticalEntity or EntityType.Location))
        {
            return null;
        }

        // "Residents of nearby Atarib".
        var prep = doc.TokenAt(place.FirstToken - 1).Value is "nearby" or "neighbouring" or "neighboring" ? place.FirstToken - 2 : place.FirstToken - 1;
        if (!(doc.IsWord(prep, "in") || doc.IsWord(prep, "from") || doc.IsWord(prep, "of")) || prep - 1 < sentenceFirst)
        {
            return null;
        }

        var head = doc.Tokens[prep - 1].Value;
        if (!IsGroupHead(head))
        {
            return null;
        }

        var inner = Description(prep - 1, sentenceFirst);
        if (inner is null || inner.Entity.Type != EntityType.Group)
        {
            return null;
        }

        var name = doc.Text[doc.Tokens[inner.First].Start..place.End];
        // "Troops from Somaliland": the country they come from is theirs.
        var country = inner.Entity.Country ?? (doc.IsWord(prep, "from") && place.Entity.Record is { IsCountry: true } or { IsRegion: true } or { Population: 0, Type: EntityType.GeopoliticalEntity } ? place.Entity : null);
        var entity = GroupEntity(name, head, country);
        return Note(new NounPhrase(inner.First, place.EndToken, entity, 0.7));
    }

    private bool IsGroupHead(string word) =>
        lexicon.GroupNominals.Contains(word) || (word.EndsWith('s') && word.Length > 3 && char.IsUpper(word[0])
            && doc.Gazetteer.Lookup([new Token(0, word.Length - 1, TokenKind.Word, word[..^1])], 0, 1)
                ?.Any(e => e.Kind == PhraseKind.Demonym) == true);

    // Not a function word; "senior", "Kurdish" and other adjectives that may open a name are modifiers too.
    private bool MayModify(string word) => !lexicon.Stopwords.Contains(word) || lexicon.NameAdjectives.Contains(word) || DescribingStopwords.Contains(word);

    // Frequent words that are never part of a name but do describe people: "a local official", "a former minister",
    // "a top commander", "the acting governor".
    private static readonly HashSet<string> DescribingStopwords = new(StringComparer.Ordinal)
    {
        "local", "former", "top", "key", "acting", "interim", "current",
    };

    /// <summary>A description whose head noun is token <paramref name="head"/>.</summary>
    public NounPhrase? Description(int head, int sentenceFirst)
    {
        var h = doc.Tokens[head];
        if (h.Kind != TokenKind.Word)
        {
            return null;
        }

        var word = h.Value;
        var isPerson = lexicon.PersonNominals.Contains(word) && !h.IsCapitalized;
        var isGroup = IsGroupHead(word);
        var isOrg = lexicon.OrgNominals.Contains(word) && !h.IsCapitalized;

        // "Police said a man was arrested": police with no determiner, capitalised when it opens the sentence.
        var barePolice = word is "police" || word is "Police" && head == sentenceFirst;
        if (barePolice)
        {
            word = "police";
            isOrg = true;
        }

        if (!isPerson && !isGroup && !isOrg && !DescriptionTargets.NamesAKindOfBody(word))
        {
            return null;
        }

        // Collect modifiers leftwards: adjectives, nouns, names, possessives, up to a determiner.
        var first = head;
        EntityInfo? country = null;
        EntityInfo? owner = null;
        var hasDeterminer = false;
        var modifiers = new List<string>();
        var ledOrBacked = false;
        for (var i = head - 1; i >= sentenceFirst && head - i <= 6; i--)
        {
            var t = doc.Tokens[i];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punctuation && t.Value != "-")
            {
                break;
            }

            if (t.Kind == TokenKind.Word && (Determiners.Contains(t.Value) || Numerals.Contains(t.Value)))
            {
                hasDeterminer = true;
                first = Numerals.Contains(t.Value) ? i : i + 1;
                break;
            }

            // "By Wednesday evening HTS fighters had encircled", "during the 1999 Kargil conflict Pakistani troops seized": a
            // time or an event before the phrase is no part of it.
            if (t.Kind == TokenKind.Word && (t.Value is "morning" or "afternoon" or "evening" or "night" or "midnight" or "dawn" or "dusk"
                    or "week" or "weekend" or "month" or "year"
                || t.Value is "conflict" or "war" or "offensive" or "battle" or "fighting" or "crisis" or "clashes" or "ceasefire" or "truce" or "campaign"
                    && doc.TokenAt(i + 1).IsCapitalized))
            {
                break;
            }

            // "the Saudi-led coalition", "Iran-backed militias": who leads or backs the body is said of it (the
            // country named in the compound is not the body's own).
            if (t.Kind == TokenKind.Word && IsLedOrBacked(t.Value))
            {
                ledOrBacked = true;
                first = i;
                continue;
            }

            // "the internationally recognised government": which government it is, not a kind of government.
            if (t.Value is "internationally" or "recognised" or "recognized" && GovernmentHeads.Contains(word))
            {
                first = i;
                continue;
            }

            var m = doc.MentionAt[i];
            if (m is not null)
            {
                if (m.Entity.Type is EntityType.GeopoliticalEntity && country is null)
                {
                    country = m.Entity;
                }
                else if (m.Entity.Type is EntityType.Person or EntityType.Organization)
                {
                    owner ??= m.Entity;
                }

                first = m.FirstToken;
                i = m.FirstToken;
                if (lexicon.Honorifics.Contains(doc.TokenAt(i - 1).Value))
                {
                    first = i - 1;
                    i--;
                }

                continue;
            }

            // "a senior official": an adjective that may also open a name is a modifier here; so is a participle after a
            // possessive ("Mali's ruling colonels").
            if (t.Value is "'s" or "\u2019s" || t.Kind == TokenKind.Word && !t.IsCapitalized
                && MayModify(t.Value) && (!lexicon.Cues.ContainsKey(t.Value) || doc.TokenAt(i - 1).Value is "'s" or "\u2019s")
                && (!t.Value.EndsWith("ed", StringComparison.Ordinal) || t.Value is "armed" or "organised" or "organized")
                && !EntityBuilder.IsIrregularPastAct(t.Value)
                && !t.Value.EndsWith("ly", StringComparison.Ordinal))
            {
                modifiers.Add(t.Value);
                first = i;
                continue;
            }

            if (t.Kind == TokenKind.Word && t.IsCapitalized && MayModify(t.Value))
            {
                first = i;
                continue;
            }

            break;
        }

        if (first < head && doc.Tokens[first].Value is "'s" or "\u2019s")
        {
            first++;
        }

        // "The rival Boko Haram faction", "the M23 movement", "Yemen's Houthi movement": the body named right before the
        // word for its kind (with the country it is in, if any, before it).
        if (owner is { Type: EntityType.Organization, IsNominal: false } && !h.IsCapitalized && DescriptionTargets.NamesAKindOfBody(word)
            && doc.MentionAt[head - 1] is { } ownerName && ownerName.Entity == owner && !doc.IsWord(head + 1, "of"))
        {
            return new NounPhrase(first, head + 1, owner, 0.65);
        }

        // "The group said", "the Palestinian group", "the bloc's foreign policy chief": a named body of that kind, named
        // before the phrase ("the al-Qaeda-linked group" is not al-Qaeda).
        if (!h.IsCapitalized && hasDeterminer && owner is null && doc.TokenAt(first - 1).Value is "the" or "The" or "this" or "This"
            && !doc.IsWord(head + 1, "of") && targets.OrganizationByKind(word, country, first) is { } body)
        {
            return Note(new NounPhrase(first, head + 1, body, 0.6));
        }

        var name = doc.Text[doc.Tokens[first].Start..h.End];
        if (isGroup && country is null && h.IsCapitalized
            && doc.Gazetteer.Lookup([new Token(0, word.Length - 1, TokenKind.Word, word[..^1])], 0, 1)?.FirstOrDefault(e => e.Kind == PhraseKind.Demonym)?.Record is { } nation)
        {
            country = builder.CountryEntity(nation);
        }

        if (isPerson && !isGroup)
        {
            var named = targets.PersonByRole(word, modifiers, head, country);
            if (named is not null)
            {
                return new NounPhrase(first, head + 1, named, 0.7);
            }

            if (!hasDeterminer && country is null && owner is null && modifiers.Count == 0)
            {
                return null;
            }

            var e = builder.UnnamedPerson(name, word);
            e.Country = country;
            return Note(new NounPhrase(first, head + 1, e, 0.6));
        }

        if (isGroup)
        {
            // "The MNDAA said its fighters had taken the town": the body the pronoun stands for; "Russia invaded in 2022.
            // Its troops seized Kherson": the country, as "Russian troops" would be.
            // "Its fighters", "its militants": a country has troops and soldiers, an armed group fighters.
            if (owner is null && country is null && modifiers.Count == 0 && first == head && !h.IsCapitalized && IsMembersWord(word)
                && doc.TokenAt(first - 1).Value is "its" or "their" or "Its" or "Their"
                && ResolvePronoun(doc.TokenAt(first - 1).Value, first - 1, bodiesOnly: RebelWords.Contains(word)) is { } possessorBody
                && (possessorBody.Type == EntityType.Organization || possessorBody.Record?.IsCountry == true))
            {
                return new NounPhrase(first - 1, head + 1, possessorBody, 0.55);
            }

            // "SDF fighters recaptured al-Shuhayl on Saturday, and units encircled Dhiban": members without a
            // determiner, after "and", are those of the body whose members the sentence named before.
            if (country is null && owner is null && modifiers.Count == 0 && first == head && !hasDeterminer && !h.IsCapitalized
                && IsMembersWord(word) && doc.IsWord(first - 1, "and") && MembersNamedInSentence(first - 1) is { } members)
            {
                return new NounPhrase(first, head + 1, members, 0.55);
            }

            // "Government troops were still in control of Kiliba" after "the Armed Forces of the Democratic Republic of
            // the Congo", "junta troops" after "the Myanmar military", "troops still held al-Zirba": the state's forces
            // the article has named; bare "troops" only when no other country's troops were named before.
            if (country is null && owner is null && word.ToLowerInvariant() is "troops" or "soldiers" or "forces"
                && doc.TokenAt(first - 1).Value.ToLowerInvariant() is not ("its" or "their" or "his" or "her" or "our" or "your" or "my" or "of")
                && Enumerable.Range(first, head - first).All(k => doc.Tokens[k].Value.ToLowerInvariant() is "government" or "junta" or "army" or "regime")
                && doc.TokenAt(head + 1).Value is not ("from" or "of" or "loyal" or "allied" or "aligned" or "linked" or "backed" or "led")
                && StateForcesBefore(head, bare: first == head) is { } stateForces)
            {
                return Note(new NounPhrase(first, head + 1, stateForces, 0.55));
            }

            if (country is null && owner is null && modifiers.Count == 0 && first == head)
            {
                // "The rebels": the one body named with its fighters before ("rebels of the CSP"), even where those
                // fighters were also described without it ("Tuareg-led rebels").
                if (RebelWords.Contains(word) && NamedRebelsBefore(head) is { } namedRebels)
                {
                    return new NounPhrase(first, head + 1, namedRebels, 0.55);
                }

                // Bare "the loyalists": an earlier group with the same head; else the unnamed group itself ("officials
                // say", "researchers found that"), which readers of anonymous sourcing want to see as such.
                var earlier = doc.Entities.FirstOrDefault(x => x.Type == EntityType.Group && string.Equals(x.Head, word, StringComparison.OrdinalIgnoreCase)
                    && x.Mentions.Any(m => m.FirstToken < head));

                return Note(new NounPhrase(first, head + 1, earlier ?? GroupEntity(word.ToLowerInvariant(), word, null), 0.5));
            }

            if (owner is not null && owner.Type == EntityType.Organization && modifiers.Count == 0 && country is null
                && !h.IsCapitalized && (IsMembersWord(word) || RebelWords.Contains(word)))
            {
                return new NounPhrase(first, head + 1, owner, 0.6);
            }

            // "Government forces took the M5" after "Syrian government forces": the same forces. Not the government
            // itself: readers keep a government and its forces apart.
            if (country is null && owner is null && first == head - 1 && IsMembersWord(word) && !h.IsCapitalized
                && doc.Tokens[first].Value.Equals("government", StringComparison.OrdinalIgnoreCase)
                && GovernmentForcesNamedBefore(head) is { } governmentForces)
            {
                return Note(new NounPhrase(first, head + 1, governmentForces, 0.55));
            }

            return Note(new NounPhrase(first, head + 1, GroupEntity(name, word, country), 0.6));
        }

        // "her party said", "his office": the body of the person the pronoun stands for; "its army": of the country.
        if (hasDeterminer && owner is null && !h.IsCapitalized && doc.TokenAt(first - 1).Value.ToLowerInvariant() is "his" or "her" or "its" or "their"
            && (isOrg || PossessedBodies.Contains(word)) && ResolvePronoun(doc.TokenAt(first - 1).Value, first - 1) is { } possessor)
        {
            if (possessor.Type == EntityType.Person && PossessedBodies.Contains(word))
            {
                var personal = builder.UnnamedBody(":" + possessor.Key + ":" + word, possessor.Name + "'s " + word.ToLowerInvariant(), word);
                return Note(new NounPhrase(first, head + 1, personal, 0.6));
            }

            if (possessor.Type == EntityType.GeopoliticalEntity && possessor.Record is { IsCountry: true })
            {
                country ??= possessor;
            }
        }

        // "The government said", "the junta": the government of the country the article is about so far.
        var countryInferred = false;
        // "The army said", "a spokesman for the military": the country's army, when the article names no other.
        if (country is null && owner is null && modifiers.Count == 0 && hasDeterminer && !h.IsCapitalized
            && (GovernmentHeads.Contains(word) || word is "army" or "military" && targets.OrganizationFor(null, word, modifiers, head) is null)
            && doc.TokenAt(first - 1).Value is "the" or "The")
        {
            if (inferredBodies.TryGetValue(word, out var earlier) && earlier.Token < head)
            {
                return Note(new NounPhrase(first, head + 1, earlier.Body, 0.6));
            }

            if (ArticleCountryBefore(head) is { } inferred)
            {
                country = inferred;
                countryInferred = true;
            }
        }

        // Organisation descriptions: "the Comoros government", "the Israeli military", "the military"; after a
        // possessive, the body of the one named: "Macron's office", "the prosecutor's office".
        var possessed = country is null && doc.TokenAt(head - 1).Value is "'s" or "\u2019s" && owner?.Type is null or EntityType.Person;
        var org = possessed ? null : targets.OrganizationFor(country, word, modifiers, head);
        var phrase = doc.Text[doc.Tokens[first].Start..h.End];
        // "The European Union foreign affairs council said": a body of the one named, not that body itself.
        var bodyOfNamedBody = org is null && owner is { Type: EntityType.Organization } && country is null && modifiers.Count > 0
            && hasDeterminer && isOrg && !h.IsCapitalized;
        if (possessed || bodyOfNamedBody)
        {
            org = builder.UnnamedBody(":" + phrase, phrase, word);
        }
        else if (org is null && countryInferred && word.ToLowerInvariant() is "army" or "military" && StateForcesBefore(head, bare: false) is { } forces)
        {
            // "Syrian government forces retook the town ... The army said": the state's forces named before.
            org = forces;
        }
        else if (org is null && country is not null)
        {
            org = builder.UnnamedBody(country.Key + ":" + word, countryInferred ? country.Name + " " + word.ToLowerInvariant() : phrase, word);
            org.Country = country;
        }
        else if (org is null && owner is null && (hasDeterminer || barePolice)
            && (modifiers.Count == 0 && word.ToLowerInvariant() is "police" or "army" or "military" or "militia" or "airline" or "company"
                || (modifiers.Count > 0 || ledOrBacked) && Institutions.Contains(word)
                || modifiers.Any(IsSubnational) && GovernmentHeads.Contains(word)))
        {
            // "The police said", "the electoral commission announced", "the Saudi-led coalition said": the article's
            // body, unnamed, which readers want to see as the source.
            // Lower case unless a name or a compound is part of it: "the Kurdish regional government", "the Saudi-led coalition".
            var keepCase = Enumerable.Range(first, head - first).Any(k => doc.Tokens[k].IsCapitalized && (k > first || first > sentenceFirst));
            org = builder.UnnamedBody(":" + phrase, keepCase ? phrase : phrase.ToLowerInvariant(), word);
        }

        if (countryInferred && org is not null)
        {
            inferredBodies.TryAdd(word, (org, head));
        }

        return org is null ? null : Note(new NounPhrase(first, head + 1, org, 0.6));
    }

    // Bodies a person has, named by a possessive pronoun: "her party", "his office", "his campaign".
    private static readonly HashSet<string> PossessedBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "party", "office", "campaign", "government", "administration", "cabinet", "movement", "foundation", "company",
    };

    // Bodies that govern a country, which an article may name without it: "the government", "the junta".
    /// <summary>
    /// The government of the country the article is about, as "the junta" at token <paramref name="index"/> would name
    /// it ("Mali junta"); null for a word that names no government or an article about no country.
    /// </summary>
    public EntityInfo? ArticleGovernment(string word, int index)
    {
        if (!GovernmentHeads.Contains(word) || ArticleCountryBefore(index) is not { } country)
        {
            return null;
        }

        return CountrysBody(country, word);
    }

    /// <summary>The armed forces of the country the article is about, as "the military" at token <paramref name="index"/> would name them.</summary>
    public EntityInfo? ArticleArmy(string word, int index)
    {
        if (targets.OrganizationFor(null, word, null, index) is { } named)
        {
            return named;
        }

        if (ArticleCountryBefore(index) is not { } country)
        {
            return null;
        }

        return CountrysBody(country, word);
    }

    // The country's body of this kind the article names, else an unnamed one ("Mali junta", "Myanmar military").
    private EntityInfo CountrysBody(EntityInfo country, string word)
    {
        var org = targets.OrganizationFor(country, word) ?? builder.UnnamedBody(country.Key + ":" + word, country.Name + " " + word.ToLowerInvariant(), word);
        org.Country ??= country;
        return org;
    }

    // "Syrian government forces" named before "government forces" or "government troops": the group of a country's
    // government's members.
    private EntityInfo? GovernmentForcesNamedBefore(int index) =>
        doc.Entities.FirstOrDefault(e => e is { Type: EntityType.Group, IsNominal: true, Country: not null, Head: { } head }
            && IsMembersWord(head.ToLowerInvariant())
            && e.Name.EndsWith(" government " + head, StringComparison.OrdinalIgnoreCase) && e.Name.Split(' ').Length == 3
            && e.Mentions.Any(m => m.FirstToken < index));

    // The one state's forces named before token index ("Syrian government forces", "the Sudanese Armed Forces", "the
    // Myanmar military"), unless they are of another country than the one the article is about so far; for bare
    // "troops", none when troops of another country were named before it.
    private EntityInfo? StateForcesBefore(int index, bool bare)
    {
        var forces = GovernmentForcesNamedBefore(index) ?? targets.OrganizationFor(null, "army", null, index);
        if (forces is null || (forces.Country?.Record ?? targets.CountryOfArmedForce(forces)) is not { } state
            || ArticleCountryBefore(index) is { } about && about.Record != state)
        {
            return null;
        }

        var othersNamed = bare && doc.Entities.Any(e => e is { Type: EntityType.Group, Country.Record: { } other, Head: { } head } && other != state
            && IsMembersWord(head.ToLowerInvariant()) && e.Mentions.Any(m => m.FirstToken < index));
        return othersNamed ? null : forces;
    }

    private static readonly HashSet<string> GovernmentHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "junta", "regime", "administration", "cabinet", "presidency",
    };

    // The country the article has named most often before token index; of those named as often, the one named first,
    // since an article introduces its own country before the others that act in it ("Syrian government forces retook
    // the town ... Russian military police moved in").
    private EntityInfo? ArticleCountryBefore(int index)
    {
        EntityInfo? best = null;
        int bestCount = 0, bestFirst = int.MaxValue;
        foreach (var e in doc.Entities)
        {
            if (e.Record is not { IsCountry: true })
            {
                continue;
            }

            int count = 0, first = int.MaxValue;
            foreach (var m in e.Mentions)
            {
                if (m.FirstToken < index)
                {
                    count++;
                    first = Math.Min(first, m.FirstToken);
                }
            }

            if (count > bestCount || count == bestCount && count > 0 && first < bestFirst)
            {
                (best, bestCount, bestFirst) = (e, count, first);
            }
        }

        return best;
    }

    // Bodies that an article names by their function alone: "the electoral commission", "the health ministry".
    private static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "commission", "committee", "council", "court", "ministry", "agency", "tribunal", "parliament", "police", "army", "military",
        "airline", "company", "coalition", "alliance", "militia", "movement", "party", "bloc",
    };

    /// <summary>Records a description as a nominal mention of its entity (once per span).</summary>
    private NounPhrase Note(NounPhrase np)
    {
        var start = doc.Tokens[np.First].Start;
        var end = doc.Tokens[np.End - 1].End;
        if (!np.Entity.Mentions.Any(m => m.Start == start && m.End == end))
        {
            var kind = np.Entity.IsNominal ? MentionKind.Name : MentionKind.Nominal;
            np.Entity.Mentions.Add(new MentionInfo(np.First, np.End, start, end, kind, np.Entity) { Confidence = np.Confidence });
        }

        return np;
    }

    /// <summary>The article's organisation that a description with this head noun and country refers to.</summary>
    public EntityInfo? OrganizationFor(EntityInfo? country, string head) => targets.OrganizationFor(country, head);

    private EntityInfo GroupEntity(string name, string head, EntityInfo? country)
    {
        // "Ouattara's forces" are the "Ouattara forces" named before.
        var clean = name;
        var key = clean.ToLowerInvariant().Replace("'s ", " ", StringComparison.Ordinal).Replace("\u2019s ", " ", StringComparison.Ordinal);
        var e = builder.GetOrCreate("group:" + key, EntityType.Group, clean);
        e.IsNominal = true;
        e.Head ??= head.ToLowerInvariant();
        e.Country ??= country;
        return e;
    }

}
