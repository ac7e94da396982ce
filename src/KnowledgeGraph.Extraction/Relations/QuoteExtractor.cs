using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds direct quotes and reported speech, sentence by sentence: speech cues outside quotation marks, their
/// speakers (names, appositions, descriptions, pronouns; after or before the cue), the reported clause or the
/// adjacent quotation, and quotes without their own attribution (given to the paragraph's or previous sentence's speaker).
/// </summary>
internal sealed class QuoteExtractor(Document doc, EntityBuilder builder, NominalResolver nominals)
{
    private readonly Lexicon lexicon = doc.Lexicon;
    private readonly List<QuoteItem> items = [];
    private readonly Dictionary<int, (Attribution Attribution, bool Explicit)> quoteSpeaker = [];
    private readonly ContentFinder content = new(doc);
    private readonly CueFinder cues = new(doc);
    private readonly List<Attribution> attributionsSeen = [];

    public List<QuoteItem> Extract()
    {
        foreach (var sentence in doc.Sentences)
        {
            doc.CancellationToken.ThrowIfCancellationRequested();
            if (doc.IsExcluded(sentence.Start, sentence.End))
            {
                continue;
            }

            var attributions = new List<Attribution>();
            var headline = cues.IsHeadline(sentence);
            for (var i = sentence.FirstToken; i < sentence.EndToken && !headline; i++)
            {
                var cueLength = cues.CueAt(i, out var cueClass);
                if (cueLength == 0 || doc.InQuote(i))
                {
                    continue;
                }

                // "said it had admitted more than 1,800 patients": a hospital's admissions, not an admission.
                if (cueLength == 1 && doc.Tokens[i].Value is "admitted" or "admits" or "admit" && AdmitsPatients(i + 1))
                {
                    continue;
                }

                // "countered saying": the participle carries the content.
                if (cueLength == 1 && doc.Tokens[i + 1 < doc.Tokens.Count ? i + 1 : i].Value.EndsWith("ing", StringComparison.Ordinal)
                    && cues.CueAt(i + 1, out _) > 0)
                {
                    continue;
                }

                var speaker = Speaker(i, cueLength, sentence, attributions);
                if (speaker is null)
                {
                    continue;
                }

                var cueText = doc.Text[doc.Tokens[i].Start..doc.Tokens[i + cueLength - 1].End];
                if (i > sentence.FirstToken && doc.Tokens[i].Value.EndsWith("ing", StringComparison.Ordinal)
                    && cues.CueAt(i - 1, out _) > 0 && !doc.Tokens[i - 1].Value.EndsWith("ing", StringComparison.Ordinal))
                {
                    cueText = doc.Text[doc.Tokens[i - 1].Start..doc.Tokens[i].End];
                }

                var attribution = new Attribution(i, i + cueLength, cueText, speaker, speaker.Confidence)
                {
                    Addressee = Addressee(i, cueLength),
                };
                attributions.Add(attribution);
                attributionsSeen.Add(attribution);
                speaker.Entity.Participates = true;
                if (speaker.Entity.Type == EntityType.Person)
                {
                    doc.SentenceSpeaker.TryAdd(sentence.Index, speaker.Entity);
                }
                else if (speaker.Entity.Type == EntityType.Organization && !NominalResolver.IsPronoun(doc.Tokens[speaker.First].Value))
                {
                    doc.SentenceBodySpeaker.TryAdd(sentence.Index, speaker.Entity);
                }

                Content(attribution, cueClass, sentence);

                // "The United States and Britain said they would ...": what was said is each speaker's.
                foreach (var joined in SpeakersJoinedBefore(speaker, i, sentence))
                {
                    Content(attribution with { Speaker = joined, Confidence = joined.Confidence }, cueClass, sentence);
                }

                i += cueLength - 1;
            }
        }

        InheritSpeakers();
        return items;
    }

    private NounPhrase? Speaker(int cue, int cueLength, Sentence sentence, List<Attribution> earlier)
    {
        var t = doc.Tokens[cue];
        if (t.Is("according"))
        {
            return AccordingToSpeaker(cue + 2, sentence.EndToken);
        }

        var prev = cue - 1;
        var participle = t.Value.EndsWith("ing", StringComparison.Ordinal);
        if (participle || doc.IsWord(prev, "to"))
        {
            var p = prev;
            while (p >= sentence.FirstToken && doc.Tokens[p].Value == ",")
            {
                p--;
            }

            var last = earlier.LastOrDefault();
            if (last is not null && last.CueEnd > p - 1)
            {
                return last.Speaker;
            }

            // "said at a ceremony in Buenos Aires, adding that": a place after a preposition is not who adds; nor is the
            // platform of "said in a statement posted on X, urging".
            // Nor the outlet the subject spoke through: "claimed the attack through its Amaq news agency, saying".
            if (p >= sentence.FirstToken && doc.MentionAt[p] is { Adjectival: false } m && IsAgent(m.Entity)
                && !doc.IsWord(m.FirstToken - 1, "the") && !doc.IsWord(m.FirstToken - 1, "to")
                && doc.TokenAt(m.FirstToken - 1).Value is not ("its" or "their" or "through" or "via")
                && !(doc.TokenAt(m.PhraseFirstToken - 1) is { Kind: TokenKind.Word } before
                     && (NameFinder.IsPlacePreposition(before.Value) || before.Is("of") || before.Is("on"))))
            {
                return new NounPhrase(m.FirstToken, m.EndToken, m.Entity, m.Confidence);
            }

            return last?.Speaker ?? MainSubject(sentence, cue);
        }

        if (doc.IsWord(prev, "and") || doc.IsWord(prev, "but") || doc.IsWord(prev, "also") && (doc.IsWord(prev - 1, "and") || doc.IsWord(prev - 1, "but")))
        {
            return earlier.LastOrDefault()?.Speaker ?? MainSubject(sentence, cue);
        }

        var subject = nominals.SubjectBefore(cue, sentence.FirstToken);
        if (subject is not null && IsAgent(subject.Entity))
        {
            return PersonSpeakingFor(subject, sentence) ?? subject;
        }

        if (AuthorOfDocument(prev, sentence) is { } author)
        {
            return author;
        }

        // Inverted attribution after a quote or clause: '"...," said Olmert' ("..., confirmed that rebels had" reports).
        // Not "told": who comes after it is who heard it ('"...," the general told Radio Okapi').
        if ((doc.TokenAt(prev).Value == "," || doc.QuoteOf[Math.Max(prev, 0)] == -2) && !doc.IsWord(cue + cueLength, "that")
            && !(cueLength == 1 && t.Value is "told" or "tells"))
        {
            // A pronoun there speaks only when nothing follows it ('"...," said he.'); in "says it is crucial" it
            // opens the reported clause.
            var after = nominals.PhraseStartingAt(cue + cueLength, Math.Min(sentence.EndToken, cue + cueLength + 6));
            if (after is not null && after.Entity.Type != EntityType.Person && PersonDescribedAfter(after.End, sentence.EndToken) is { } described)
            {
                // '"...," said Kaduna police spokesman Mansir Hassan': the person the body's description leads to.
                return described;
            }

            // "..., said Turkey would never give up": a name with a predicate after it opens what was said.
            // (Nor a name that owns what follows: "..., said the Peshmerga's return would".)
            if (after is not null && IsAgent(after.Entity) && doc.TokenAt(after.End).Value is not ("'s" or "\u2019s")
                && (!NominalResolver.IsPronoun(doc.Tokens[after.First].Value) || doc.TokenAt(after.End).Kind != TokenKind.Word)
                && !(doc.TokenAt(after.End) is { Kind: TokenKind.Word, IsCapitalized: false } predicate && ContentFinder.OpensPredicate(predicate)))
            {
                return after;
            }
        }

        return null;
    }

    private static bool IsAgent(EntityInfo e) => e.Type != EntityType.Location;

    // A number of people taken in after token k ("1,800 patients", "more than 200 people", "dozens of wounded").
    private bool AdmitsPatients(int k)
    {
        while (doc.TokenAt(k).Value is "more" or "than" or "about" or "over" or "nearly" or "almost" or "at" or "least" or "some" or "around")
        {
            k++;
        }

        return doc.TokenAt(k).Kind == TokenKind.Number || doc.TokenAt(k).Value is "dozens" or "hundreds" or "thousands";
    }

    // The named speakers joined to the subject before a cue: "The United States and Britain said", "Russia, China and
    // Iran said"; none for a speaker named after the cue.
    private List<NounPhrase> SpeakersJoinedBefore(NounPhrase speaker, int cue, Sentence sentence)
    {
        var joined = new List<NounPhrase>();
        var first = doc.MentionAt[speaker.First] is { } named && named.FirstToken == speaker.First ? named.PhraseFirstToken : speaker.First;
        if (speaker.End > cue || cue - speaker.End > 2 || !doc.IsWord(first - 1, "and"))
        {
            return joined;
        }

        var k = first - 2;
        while (k >= sentence.FirstToken && doc.MentionAt[k] is { Adjectival: false } m && m.EndToken == k + 1 && IsAgent(m.Entity)
            && m.Entity != speaker.Entity)
        {
            joined.Add(new NounPhrase(m.FirstToken, m.EndToken, m.Entity, m.Confidence * 0.9));
            k = m.PhraseFirstToken - 1;
            if (k < sentence.FirstToken || doc.Tokens[k].Value != ",")
            {
                break;
            }

            k--;
        }

        return joined;
    }

    // "Special Envoy", "Deputy Minister": a capitalised word and the title it modifies, from token k.
    private bool TitleWithModifier(int k) =>
        doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: true } && doc.MentionAt[k] is null && IsTitle(doc.TokenAt(k + 1));

    private bool IsTitle(Token t) => t is { Kind: TokenKind.Word, IsCapitalized: true } && lexicon.Titles.Contains(t.Value);

    private bool DescribesSpeaker(Token t) => t is { Kind: TokenKind.Word, IsCapitalized: false } && lexicon.DescribesSpeaker(t.Value);

    private NounPhrase? PersonDescribedAfter(int from, int limit)
    {
        var j = from;
        while (j < limit && j - from < 4 && DescribesSpeaker(doc.Tokens[j]))
        {
            j++;
        }

        return j > from && j < limit && doc.MentionAt[j] is { Entity.Type: EntityType.Person, Adjectival: false } person && person.FirstToken == j
            ? new NounPhrase(person.FirstToken, person.EndToken, person.Entity, person.Confidence)
            : null;
    }

    private static readonly HashSet<string> Documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "letter", "tweet", "post", "message", "website", "blog", "communique", "note", "report", "release",
    };

    // "Cornyn's statement added", "the ministry's website said": the document speaks for its author.
    private NounPhrase? AuthorOfDocument(int head, Sentence sentence)
    {
        if (head - 2 < sentence.FirstToken || !Documents.Contains(doc.Tokens[head].Value) || doc.Tokens[head - 1].Value is not ("'s" or "\u2019s"))
        {
            return null;
        }

        return doc.MentionAt[head - 2] is { Adjectival: false } owner && IsAgent(owner.Entity)
            ? new NounPhrase(owner.FirstToken, owner.EndToken, owner.Entity, owner.Confidence * 0.9)
            : null;
    }

    /// <summary>
    /// Who "according to" names: the person in the phrase up to its comma ("according to Afghan Ambassador to the
    /// United States Hamdullah Mohib, ..."), or the name set off after it ("according to the team's coach, Alireza
    /// Mehraban, ..."); else the phrase's head.
    /// </summary>
    private NounPhrase? AccordingToSpeaker(int start, int limit)
    {
        // "according to a statement from the interior ministry", "a report by Human Rights Watch": the document's author.
        var d = doc.TokenAt(start).Value is "a" or "an" or "the" ? start + 1 : start;
        if (d + 1 < limit && Documents.Contains(doc.Tokens[d].Value) && doc.TokenAt(d + 1).Value is "from" or "by" or "of" or "issued")
        {
            start = doc.IsWord(d + 2, "by") ? d + 3 : d + 2;
        }

        var k = start;
        var named = false;
        var describesPerson = false;
        MentionInfo? firstNamed = null;
        for (; k < limit && k - start < 12 && doc.Tokens[k].Value != ","; k++)
        {
            if (doc.MentionAt[k] is { Adjectival: false } mention)
            {
                if (mention.Entity.Type == EntityType.Person)
                {
                    return new NounPhrase(mention.FirstToken, mention.EndToken, mention.Entity, mention.Confidence);
                }

                named = true;
                firstNamed ??= mention;
            }

            var word = doc.Tokens[k].Value;
            describesPerson |= lexicon.DescribesPerson(word);
        }

        if (describesPerson && !named && k < limit && doc.MentionAt[k + 1] is { Adjectival: false, Entity.Type: EntityType.Person } apposed
            && apposed.FirstToken == k + 1 && doc.TokenAt(apposed.EndToken).Value == ",")
        {
            return new NounPhrase(apposed.FirstToken, apposed.EndToken, apposed.Entity, apposed.Confidence);
        }

        // "according to Yemen's health ministry": the body the name owns, not the name.
        if (firstNamed is not null && firstNamed.FirstToken == start && doc.TokenAt(firstNamed.EndToken).Value is "'s" or "\u2019s"
            && k > firstNamed.EndToken + 1 && nominals.NounPhraseEndingAt(k - 1, start, allowApposition: false) is { } owned
            && owned.Entity != firstNamed.Entity)
        {
            return owned;
        }

        // "according to the state-run National News Agency": the body after words that describe it; "according to a
        // military source": the person the body's word describes.
        var phrase = nominals.PhraseStartingAt(start, limit);
        if (phrase is not null && doc.TokenAt(phrase.End) is { Kind: TokenKind.Word, IsCapitalized: false } person
            && lexicon.DescribesPerson(person.Value) && nominals.NounPhraseEndingAt(phrase.End, start, allowApposition: false) is { Entity.Type: EntityType.Person } described)
        {
            return described;
        }

        return phrase
            ?? (firstNamed is { Entity.Type: EntityType.Organization } body && OnlyModifiers(start, body.FirstToken)
                ? new NounPhrase(body.FirstToken, body.EndToken, body.Entity, body.Confidence * 0.9)
                : null);
    }

    private bool OnlyModifiers(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (doc.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person an organisation subject is attached to, as in "Anna Lee for the World Bank told Reuters": the
    /// person speaks, the organisation only says for whom.
    /// </summary>
    private NounPhrase? PersonSpeakingFor(NounPhrase subject, Sentence sentence)
    {
        if (subject.Entity.Type is not (EntityType.Organization or EntityType.GeopoliticalEntity))
        {
            return null;
        }

        var k = subject.First - 1;
        if (doc.IsWord(k, "the"))
        {
            k--;
        }

        if (k - 1 < sentence.FirstToken || !(doc.IsWord(k, "for") || doc.IsWord(k, "of") || doc.IsWord(k, "at") || doc.IsWord(k, "from")))
        {
            return null;
        }

        return doc.MentionAt[k - 1] is { Adjectival: false, Entity.Type: EntityType.Person } person && person.EndToken == k
            ? new NounPhrase(person.FirstToken, person.EndToken, person.Entity, person.Confidence)
            : null;
    }

    private NounPhrase? MainSubject(Sentence sentence, int before)
    {
        for (var i = ContentFinder.AfterDateline(doc, sentence.FirstToken, before); i < before; i++)
        {
            if (doc.InQuote(i))
            {
                continue;
            }

            var m = doc.MentionAt[i];
            if (m is not null && IsAgent(m.Entity) && m.Entity.Type != EntityType.Location && m.Entity.Type != EntityType.Person)
            {
                // "United States president Barack Obama ...", "Kenya's main opposition leader Raila Odinga": the person
                // the name premodifies.
                var possessive = doc.TokenAt(m.EndToken).Value is "'s" or "\u2019s";
                for (var j = m.EndToken; j < Math.Min(m.EndToken + (possessive ? 6 : 4), before); j++)
                {
                    if (doc.MentionAt[j] is { } p && p.Entity.Type == EntityType.Person)
                    {
                        m = p;
                        break;
                    }

                    var w = doc.Tokens[j];

                    // "A Polisario spokesman, Mohamed Salem Ould Salek, rejected ..., saying": the person in apposition.
                    if (w.Value == "," && j > m.EndToken && doc.MentionAt[j + 1] is { Entity.Type: EntityType.Person } appositive
                        && appositive.FirstToken == j + 1)
                    {
                        m = appositive;
                        break;
                    }

                    // "Malawi's main opposition party, the National People's Movement (NPM), rejected ... and said": the body
                    // in apposition to what the country's name owns.
                    var named = doc.IsWord(j + 1, "the") ? j + 2 : j + 1;
                    if (possessive && w.Value == "," && j > m.EndToken + 1 && doc.MentionAt[named] is { Adjectival: false, Entity.Type: EntityType.Organization } body
                        && body.FirstToken == named && body.Entity != m.Entity)
                    {
                        m = body;
                        break;
                    }

                    if (!doc.Lexicon.Titles.Contains(w.Value) && !doc.Lexicon.Titles.Contains(w.Value + " " + doc.TokenAt(j + 1).Value)
                        && !(possessive && (j == m.EndToken || w.Kind == TokenKind.Word && !w.IsCapitalized && !doc.Lexicon.Cues.ContainsKey(w.Value))))
                    {
                        break;
                    }
                }
            }

            if (m is not null && !m.Adjectival && IsAgent(m.Entity) && m.Entity.Type != EntityType.Location)
            {
                var np = nominals.NounPhraseEndingAt(m.EndToken - 1, sentence.FirstToken, allowApposition: false);
                return np ?? new NounPhrase(m.FirstToken, m.EndToken, m.Entity, m.Confidence);
            }

            var t = doc.Tokens[i];
            if (t.Kind == TokenKind.Word && NominalResolver.IsPronoun(t.Value))
            {
                var e = nominals.ResolvePronoun(t.Value, i);
                return e is null ? null : new NounPhrase(i, i + 1, e, 0.6);
            }
        }

        return null;
    }

    private EntityInfo? Addressee(int cue, int cueLength)
    {
        var t = doc.Tokens[cue].Value;
        if (t is "wrote" or "writes" or "posted" or "posts" or "said" or "says" && doc.IsWord(cue + cueLength, "on"))
        {
            return Medium(cue + cueLength + 1);
        }

        // "said in a statement on X", "said in a post on Telegram", and "In a statement posted on Telegram, the group said".
        if (t is "said" or "says" or "wrote" or "announced" or "added" && PublishedOn(cue + cueLength) is int platform)
        {
            return Medium(platform);
        }

        var sentenceFirst = doc.Sentences[doc.SentenceOf[cue]].FirstToken;
        if (doc.IsWord(sentenceFirst, "In") && PublishedOn(sentenceFirst) is int opening && opening < cue && doc.IsWord(opening + 1, ","))
        {
            return Medium(opening);
        }

        if (t is not ("told" or "tells" or "telling"))
        {
            return null;
        }

        // "told Reuters", "told the BBC"
        var next = doc.IsWord(cue + cueLength, "the") ? cue + cueLength + 1 : cue + cueLength;
        var m = doc.MentionAt[next];
        if (m is not null && m.FirstToken == next && m.Entity.Type is EntityType.Organization or EntityType.Person)
        {
            m.Entity.Participates = true;
            return m.Entity;
        }

        return null;
    }

    // The platform named by "in a statement (posted) on X" starting at token k: the token after "on", or null.
    private int? PublishedOn(int k)
    {
        if (!doc.IsWord(k, "in") && !doc.IsWord(k, "In") || doc.TokenAt(k + 1).Value is not ("a" or "an" or "its" or "his" or "her" or "their"))
        {
            return null;
        }

        var on = k + 2;
        while (on < k + 6 && doc.TokenAt(on) is { Kind: TokenKind.Word, IsCapitalized: false } word && word.Value != "on")
        {
            on++;
        }

        return doc.IsWord(on, "on") && doc.TokenAt(k + 2).Value is "statement" or "post" or "message" or "video" or "tweet" or "update" or "series" or "thread"
            ? on + 1
            : null;
    }

    /// <summary>
    /// The platform a statement was published on ("wrote on Twitter", "said on Telegram"): the medium it was told to,
    /// an entity only here (a website is no actor elsewhere).
    /// </summary>
    private EntityInfo? Medium(int at)
    {
        // "on X": the platform formerly called Twitter, known by its letter only after "on".
        var platform = doc.TokenAt(at);
        if (platform is not { Kind: TokenKind.Word, IsCapitalized: true } || !lexicon.Things.Contains(platform.Value) && !(platform.Value == "X" && doc.IsWord(at - 1, "on"))
            || doc.MentionAt[at] is not null)
        {
            return null;
        }

        var medium = builder.GetOrCreate("org:" + platform.Value, EntityType.Organization, platform.Value);
        doc.AddMention(new MentionInfo(at, at + 1, platform.Start, platform.End, MentionKind.Name, medium) { Confidence = 0.7 });
        medium.Participates = true;
        return medium;
    }

    private void Content(Attribution a, CueClass cueClass, Sentence sentence)
    {
        // The quotation right before the attribution: '"...," Hajiyev said' or '"...," said Olmert'. One that ends
        // its own sentence ('"... these four years." Mr. Obama said he would ...') is the attribution's only when
        // the attribution says nothing itself.
        // A participle carries its own content: '"...," he said, adding that schools would close'.
        var before = doc.Tokens[a.CueFirst].Value.EndsWith("ing", StringComparison.Ordinal) && a.CueFirst + 1 < sentence.EndToken
            ? null : QuoteBefore(a, sentence);
        var range = before is null || doc.IsWord(before.CloseToken - 1, ".") ? content.Find(a, cueClass, sentence) : null;
        if (before is not null && range is null)
        {
            // '"...," the president said on Monday, adding that ...': the quotation is the first cue's only.
            if (!quoteSpeaker.ContainsKey(before.Index))
            {
                AddDirect(before, a, explicitAttribution: true);
            }

            return;
        }

        if (range is null)
        {
            return;
        }

        var (first, end) = range.Value;
        var startsWithQuote = doc.QuoteOf[first] == -2 || doc.InQuote(first) && doc.Quotes[doc.QuoteOf[first]].FirstToken == first;
        foreach (var q in doc.QuotesStartingIn(first, end + 1).ToList())
        {
            if (!quoteSpeaker.ContainsKey(q.Index))
            {
                AddDirect(q, a, explicitAttribution: true);
            }
        }

        if (startsWithQuote || cueClass == CueClass.Fragment)
        {
            return;
        }

        var start = doc.Tokens[first].Start;
        var stop = doc.Tokens[end - 1].End;
        // One word is enough for a call ("called for calm", "urged restraint"), not for a report.
        var oneWordCall = end - first == 1 && cueClass == CueClass.Object && doc.Tokens[first] is { Kind: TokenKind.Word, IsCapitalized: false } called
            && !doc.Lexicon.Stopwords.Contains(called.Value);
        if (end - first < 2 && !oneWordCall || end - first <= 4 && MannerWords.Contains(doc.Tokens[first].Value)
            || doc.Tokens[first].Value is "by" or "via" or "over" && doc.TokenAt(first + 1).Value is "telephone" or "phone" or "email" or "e-mail" or "text" or "video" or "the" or "a")
        {
            // Nothing said: "told the Associated Press by telephone", "told Reuters via a spokesman", "told AFP by telephone
            // from Pemba, where he fled by boat"; what was said is the quotation before the attribution, if any.
            if (before is not null && !quoteSpeaker.ContainsKey(before.Index))
            {
                AddDirect(before, a, explicitAttribution: true);
            }

            return;
        }

        items.Add(new QuoteItem(a.Speaker.Entity, start, stop, false, a.Cue)
        {
            CueStart = doc.Tokens[a.CueFirst].Start,
            CueEnd = doc.Tokens[a.CueEnd - 1].End,
            SpeakerStart = doc.Tokens[a.Speaker.First].Start,
            SpeakerEnd = doc.Tokens[a.Speaker.End - 1].End,
            Addressee = a.Addressee,
            EvidenceStart = sentence.Start,
            EvidenceEnd = sentence.End,
            Confidence = Math.Round(a.Confidence * 0.9, 3),
            FirstToken = first,
            EndToken = end,
        });
    }

    private static readonly HashSet<string> MannerWords = new(StringComparer.OrdinalIgnoreCase) { "by", "via", "over", "through", "on" };

    private QuoteSpan? QuoteBefore(Attribution a, Sentence sentence)
    {
        for (var r = a.CueFirst - 1; r >= a.Speaker.End && doc.Tokens[r].Value != ","; r--)
        {
            if (doc.Tokens[r].Value is "who" or "which")
            {
                // '"..." President X, who has ruled since 2013, rejected': the cue of a relative clause reports nothing.
                return null;
            }
        }

        // Walk left from the attribution over the speaker with its title ('"...," Secretary John Kerry said'),
        // determiners, titles and one comma to a closing mark.
        var speakerFirst = doc.MentionAt[a.Speaker.First] is { } mention && mention.FirstToken == a.Speaker.First
            ? mention.PhraseFirstToken
            : a.Speaker.First;
        var k = Math.Min(a.CueFirst, speakerFirst) - 1;
        var reach = Math.Min(a.CueFirst, speakerFirst) - 8;
        var officeAhead = content.OfficeWordIn(k - 3, a.Speaker.End);
        if (k > sentence.FirstToken && doc.Tokens[k].Value == "," && OfficeOfUnnamedBody(k - 1) is { } office)
        {
            // '"...," the head of the ruling junta, Assimi Goita, said'.
            reach -= k - office;
            k = office;
        }
        else if (k > sentence.FirstToken && doc.Tokens[k].Value == "," && (DescribesSpeaker(doc.Tokens[k - 1]) || OfficeComplementStart(k - 1) is not null))
        {
            // '"...," the Polisario representative, Sidi Omar, told', '"...," the US envoy to Sudan, X, said': a
            // description set off before the name.
            k--;
            reach--;
        }

        while (k >= sentence.FirstToken - 1 && k >= 0 && k >= reach)
        {
            var t = doc.Tokens[k];
            if (OfficeComplementStart(k) is { } complement)
            {
                // '"...," Polisario representative to the United Nations Sidi Omar told': where the office serves.
                reach -= k - complement + 1;
                k = complement - 1;
                continue;
            }

            if (officeAhead && content.IsOfficeModifier(t))
            {
                // '"...," UN human rights spokeswoman X told': the words of an office before its title.
                k--;
                continue;
            }

            // '"...," Jajarkot district official Harish Chandra Sharma told': the place and kind of place of an office.
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (lexicon.Stopwords.Contains(t.Value) || DescribesSpeaker(t) || NameFinder.IsPlaceKind(t.Value)))
            {
                k--;
            }
            else if (doc.MentionAt[k] is { } body && body.EndToken == k + 1 && body.Entity.Type != EntityType.Person
                && (DescribesSpeaker(doc.TokenAt(k + 1)) || IsTitle(doc.TokenAt(k + 1)) || TitleWithModifier(k + 1) || officeAhead || doc.TokenAt(k + 1) is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value)))
            {
                // '"...," Hamas official Osama Hamdan told': the body the speaker's description names.
                k = body.FirstToken - 1;
            }
            else if (t.Value is "'s" or "\u2019s" && OwnerOfOffice(k - 1, sentence.FirstToken) is { } owner)
            {
                // '"...," Somalia's security minister X told', '"...," Galmudug state's security minister X told': the
                // place or body that has the office.
                reach -= k - owner.FirstToken + 1;
                k = owner.FirstToken - 1;
            }
            else if (IsTitle(t) && doc.MentionAt[k] is null)
            {
                // '"...," US Ambassador to the Philippines Karen Whitfield wrote': a title written with a capital.
                k--;
            }
            else if (t is { Kind: TokenKind.Word, IsCapitalized: true } && doc.MentionAt[k] is null
                && (DescribesSpeaker(doc.TokenAt(k + 1)) || IsTitle(doc.TokenAt(k + 1)) || doc.TokenAt(k + 1) is { Kind: TokenKind.Word, IsCapitalized: false } kindAfter && NameFinder.IsPlaceKind(kindAfter.Value)))
            {
                // '"...," MNDAA spokesman Li Kyarwen said': a body the article has not named otherwise.
                k--;
            }
            else
            {
                break;
            }
        }

        if (k >= 0 && doc.Tokens[k].Value is "," or ":")
        {
            k--;
        }

        if (k < 0 || doc.QuoteOf[k] != -2)
        {
            return null;
        }

        // A quotation that ends the paragraph before is not what this one's first sentence reports.
        return doc.QuoteWithMark(k) is { } q && q.CloseToken == k && q.Paragraph == sentence.Paragraph ? q : null;
    }

    /// <summary>
    /// The preposition of "representative to the United Nations", "ambassador in Kyiv", "envoy for Sudan" when the place
    /// or body named there ends at token <paramref name="k"/> and a word describing a speaker comes before it.
    /// </summary>
    private int? OfficeComplementStart(int k)
    {
        if (doc.MentionAt[k] is not { Adjectival: false } served || served.EndToken != k + 1)
        {
            return null;
        }

        var preposition = doc.IsWord(served.FirstToken - 1, "the") ? served.FirstToken - 2 : served.FirstToken - 1;
        return doc.TokenAt(preposition).Value is "to" or "in" or "at" or "for" && (DescribesSpeaker(doc.TokenAt(preposition - 1)) || IsTitle(doc.TokenAt(preposition - 1)))
            ? preposition
            : null;
    }

    // The place or body named right before a possessive that ends at token end, its kind of place included ("Galmudug state").
    private MentionInfo? OwnerOfOffice(int end, int sentenceFirst)
    {
        var last = doc.TokenAt(end) is { Kind: TokenKind.Word, IsCapitalized: false } kind && NameFinder.IsPlaceKind(kind.Value) ? end - 1 : end;
        return last >= sentenceFirst && doc.MentionAt[last] is { Entity.Type: not EntityType.Person } owner && owner.EndToken == last + 1 ? owner : null;
    }

    /// <summary>
    /// The office word of "head of the ruling junta" or "spokesman for the rebel group" when the body, in lower case,
    /// ends at token <paramref name="k"/>.
    /// </summary>
    private int? OfficeOfUnnamedBody(int k)
    {
        for (var j = k; j > 0 && k - j < 6 && doc.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } word; j--)
        {
            if (word.Value is "of" or "for")
            {
                return j < k && DescribesSpeaker(doc.Tokens[j - 1]) ? j - 1 : null;
            }
        }

        return null;
    }

    private void AddDirect(QuoteSpan q, Attribution a, bool explicitAttribution)
    {
        quoteSpeaker[q.Index] = (a, explicitAttribution);
        var sentence = doc.Sentences[doc.SentenceOf[q.FirstToken]];
        var last = doc.Sentences[doc.SentenceOf[Math.Max(q.EndToken - 1, q.FirstToken)]];
        items.Add(new QuoteItem(a.Speaker.Entity, q.ContentStart, q.ContentEnd, true, a.Cue)
        {
            CueStart = doc.Tokens[a.CueFirst].Start,
            CueEnd = doc.Tokens[a.CueEnd - 1].End,
            SpeakerStart = explicitAttribution ? doc.Tokens[a.Speaker.First].Start : -1,
            SpeakerEnd = explicitAttribution ? doc.Tokens[a.Speaker.End - 1].End : -1,
            Addressee = explicitAttribution ? a.Addressee : null,
            EvidenceStart = Math.Min(sentence.Start, doc.Tokens[Math.Min(a.CueFirst, a.Speaker.First)].Start),
            EvidenceEnd = Math.Max(last.End, doc.Tokens[Math.Max(a.CueEnd, a.Speaker.End) - 1].End),
            Confidence = Math.Round(a.Confidence * (explicitAttribution ? 1.0 : 0.8), 3),
            QuoteIndex = q.Index,
            FirstToken = q.FirstToken,
            EndToken = q.EndToken,
        });
    }

    /// <summary>Quotes without their own attribution take the paragraph's, else the previous sentence's speaker.</summary>
    private void InheritSpeakers()
    {
        foreach (var q in doc.Quotes)
        {
            if (quoteSpeaker.ContainsKey(q.Index) || doc.IsExcluded(q.ContentStart, q.ContentEnd) || IsQuotedTerm(q))
            {
                continue;
            }

            var previous = LatestAttributionBefore(q);
            Attribution? next = null;
            for (var o = q.Index + 1; o < doc.Quotes.Count && doc.Quotes[o].Paragraph == q.Paragraph; o++)
            {
                if (quoteSpeaker.TryGetValue(o, out var found) && found.Explicit)
                {
                    next = found.Attribution;
                    break;
                }
            }
            var chosen = previous ?? next ?? FromPreviousSentence(q);
            if (chosen is not null)
            {
                AddDirect(q, chosen, explicitAttribution: false);
            }
        }

        items.Sort((x, y) => x.ContentStart.CompareTo(y.ContentStart));
        _ = builder;
    }

    // A few quoted words inside a sentence of the writer's own, with no cue of their own, are a name or a term
    // ("named their robot "Robogee."", "listed their country as "Hope""), not something someone said.
    private bool IsQuotedTerm(QuoteSpan q)
    {
        var words = 0;
        for (var i = q.FirstToken; i < q.EndToken; i++)
        {
            words += doc.Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        if (words > 3)
        {
            return false;
        }

        var sentence = doc.Sentences[doc.SentenceOf[q.FirstToken]];
        for (var i = q.OpenToken - 1; i >= sentence.FirstToken; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        for (var i = q.CloseToken + 1; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private Attribution? LatestAttributionBefore(QuoteSpan q)
    {
        // Attributions are recorded in text order: binary search for the last cue before the quote.
        int lo = 0, hi = attributionsSeen.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (attributionsSeen[mid].CueFirst < q.FirstToken)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        var a = attributionsSeen[found];
        return doc.Sentences[doc.SentenceOf[a.CueFirst]].Paragraph == q.Paragraph ? a : null;
    }

    private Attribution? FromPreviousSentence(QuoteSpan q)
    {
        var s = doc.SentenceOf[q.FirstToken];
        for (var back = 0; back <= 2 && s - back >= 0; back++)
        {
            var sentence = doc.Sentences[s - back];
            var found = items.LastOrDefault(i => i.EvidenceStart <= sentence.End && i.EvidenceEnd >= sentence.Start && i.ContentStart < q.ContentStart);
            if (found is not null)
            {
                var speaker = new NounPhrase(q.FirstToken, q.FirstToken + 1, found.Speaker, 0.6);
                return new Attribution(q.FirstToken, q.FirstToken + 1, found.Cue, speaker, 0.6)
                {
                    Addressee = null,
                };
            }
        }

        return null;
    }
}
