using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds the reported content of a speech cue as a token range: the clause after the cue (after "that", an
/// addressee and time phrases), the clause before an attribution at the end of a sentence, or the clause around
/// "according to". Content stops where a nested attribution or a contrastive clause begins.
/// </summary>
internal sealed class ContentFinder(Document doc)
{
    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "as", "because", "since", "but", "and", "although", "though", ",", ";", "whereas",
    };

    private static readonly HashSet<string> Contrast = new(StringComparer.OrdinalIgnoreCase)
    {
        "although", "though", "whereas", "while",

        // ", without giving details": how the report was made, not part of it.
        "without",
    };

    // Participles that open the narrator's account of what followed from the reported event, not more of the report.
    private static readonly HashSet<string> NarratorsParticiples = new(StringComparer.Ordinal)
    {
        "bringing", "leaving", "referring", "citing", "prompting", "marking", "ending", "raising", "sending",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "has", "have", "had",
    };

    // Words that open a clause after a noun phrase: the auxiliaries, subject pronouns and a few more.
    private static readonly HashSet<string> ClauseWords = new(Auxiliaries.Concat(["it", "he", "she", "they", "we", "i", "began", "does", "do", "did", "and", "but"]),
        StringComparer.Ordinal);

    // "iodine is added to only 10 per cent of salt": a cue verb after these is a passive participle, not a new speaker's verb.
    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tonight", "earlier", "later", "recently", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "also", "again", "repeatedly", "publicly", "previously",
    };

    private readonly Lexicon lexicon = doc.Lexicon;

    /// <summary>An auxiliary or pronoun after a noun phrase: the phrase is a clause's subject ("Ukraine had attacked").</summary>
    public static bool OpensPredicate(Token next) => next.Kind == TokenKind.Word && next.Value is { } w && ClauseWords.Contains(w);

    public (int First, int End)? Find(Attribution a, CueClass cueClass, Sentence sentence)
    {
        if (doc.Tokens[a.CueFirst].Is("according"))
        {
            return AccordingTo(a, sentence);
        }

        var pos = Math.Max(a.CueEnd, a.Speaker.First > a.CueFirst ? a.Speaker.End : a.CueEnd);
        if (cueClass == CueClass.Fragment)
        {
            return pos < sentence.EndToken ? (pos, sentence.EndToken) : null;
        }

        // "wrote on Telegram: ..." names the medium, not what was written.
        var addresseeAt = doc.IsWord(pos, "the") || doc.IsWord(pos, "on") ? pos + 1 : pos;
        if (a.Addressee is not null && doc.MentionAt[addresseeAt] is { } addressee && addressee.Entity == a.Addressee)
        {
            pos = addressee.EndToken;

            // 'told The Huffington Post, "..."': the quotation is what was said.
            if (doc.TokenAt(pos).Value is "," or ":" && doc.TokenAt(pos + 1).Kind == TokenKind.Quote)
            {
                pos++;
            }
        }
        else if (doc.Tokens[a.CueFirst].Value is "told" or "tells" or "telling")
        {
            pos = SkipUnnamedAddressee(pos, sentence.EndToken);
        }

        // "China claims Taiwan as its own territory": a place as the object of "claim" is a claim of control, not speech
        // ("Russia claimed Ukraine had attacked" is speech).
        // "claims the islands", "claims democratically governed Taiwan", "claims self-ruled Taiwan", "claims almost all of
        // the South China Sea".
        var claimedFrom = Shares.After(doc, pos);
        var claimedAt = PlaceFinder.AfterModifiers(doc, doc.IsWord(claimedFrom, "the") ? claimedFrom + 1 : claimedFrom);

        if (doc.Tokens[a.CueFirst].Value.StartsWith("claim", StringComparison.OrdinalIgnoreCase)
            && (doc.MentionAt[claimedAt] is { Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } claimed
                && claimed.FirstToken == claimedAt
                && !OpensPredicate(doc.TokenAt(claimed.EndToken))
                || doc.IsWord(pos, "it") && doc.IsWord(pos + 1, "as")))
        {
            // ... nor "claims it as part of China".
            return null;
        }

        var that = FindThat(pos, sentence.EndToken);

        // "said the protests that broke out were criminal": a noun phrase right after a verb that takes no addressee
        // owns the "that" (a relative pronoun); "told reporters that" and "said on Monday that" do not.
        if (that > pos && ObjectDeterminers.Contains(doc.Tokens[pos].Value) && !TakesAddressee(doc.Tokens[a.CueFirst].Value))
        {
            that = -1;
        }
        if (that < 0 && cueClass == CueClass.ThatClause && !AuxiliaryFollows(pos, sentence.EndToken))
        {
            return null;
        }

        // "threatened to withdraw" is speech; "it threatened years of peace" and "threatened Israel with" are not.
        if (that < 0 && doc.Tokens[a.CueFirst].Value.StartsWith("threaten", StringComparison.OrdinalIgnoreCase) && !doc.IsWord(pos, "to"))
        {
            return null;
        }

        if (that >= 0)
        {
            pos = that + 1;
        }
        else
        {
            pos = SkipCircumstance(SkipTime(pos, sentence.EndToken), sentence.EndToken);
        }

        while (pos < sentence.EndToken && doc.Tokens[pos].Value is ":" or "-" or "\u2014")
        {
            pos++;
        }

        var speakerPhrase = doc.MentionAt[a.Speaker.First] is { } named && named.FirstToken == a.Speaker.First ? named.PhraseFirstToken : a.Speaker.First;
        if (pos < sentence.EndToken - 1 && doc.Tokens[pos].Value == "," && doc.IsWord(sentence.FirstToken, "as")
            && Math.Min(a.CueFirst, speakerPhrase) - sentence.FirstToken <= 2)
        {
            // "As Heald told The Huffington Post, US surface ozone has dropped ...", "As Deputy Secretary of State
            // Antony Blinken announced at the Manama Dialogue, the United States will ...": the main clause is what was said.
            pos++;
        }
        else if (pos >= sentence.EndToken || doc.Tokens[pos].Value is "," or "." or ";" or "!" or "?")
        {
            return Backward(a, sentence, pos);
        }

        var end = ForwardEnd(pos, sentence);

        // "called for safe passage for its convoys, which have not reached the city since June": what a call names ends
        // before the narrator's relative clause about it (not what was outlined: "his priorities, which included").
        if (cueClass == CueClass.Object && that < 0 && doc.Tokens[a.CueFirst].Value.ToLowerInvariant() is "urged" or "urges" or "urging"
            or "called" or "calls" or "calling" or "demanded" or "demands" or "appealed")
        {
            for (var k = pos + 1; k < end - 1; k++)
            {
                if (doc.Tokens[k].Value == "," && !doc.InQuote(k) && (doc.IsWord(k + 1, "which") || doc.IsWord(k + 1, "where")
                    || doc.TokenAt(k + 1).Value is "most" or "many" or "some" or "all" or "none" && doc.IsWord(k + 2, "of") && doc.IsWord(k + 3, "which")))
                {
                    end = k;
                    break;
                }
            }
        }

        // "Egypt, which has denied that tunnels cross its border, did not respond", "The rebels, who Congo's government
        // says are backed by Rwanda, paraded": said inside a relative clause, the report ends with the clause.
        if (OpensRelativeClauseBefore(a.CueFirst, sentence.FirstToken)
            || speakerPhrase < a.CueFirst && a.CueFirst - a.Speaker.End <= 1 && OpensRelativeClauseBefore(speakerPhrase, sentence.FirstToken))
        {
            for (var j = pos; j < end; j++)
            {
                if (doc.Tokens[j].Value == "," && !doc.InQuote(j))
                {
                    end = j;
                    break;
                }
            }
        }

        if (that < 0 && TakesObject(doc.Tokens[a.CueFirst].Value) && IsBareObject(pos, end))
        {
            // "the Kremlin denied the reports": a noun phrase is what the verb is about, not what was said.
            return null;
        }

        return end > pos ? (pos, end) : null;
    }

    // ", which has denied", ", who said": the cue is the verb of a relative clause set off by a comma.
    private bool OpensRelativeClauseBefore(int cue, int sentenceFirst)
    {
        for (var k = cue - 1; k > sentenceFirst && cue - k <= 3; k--)
        {
            if (doc.Tokens[k].Value is "which" or "who" or "whom")
            {
                return doc.Tokens[k - 1].Value == ",";
            }

            if (doc.Tokens[k].Value is not ("has" or "had" or "have" or "also" or "previously" or "repeatedly" or "long"))
            {
                return false;
            }
        }

        return false;
    }

    // "They estimated by 2050, increasing population would increase food needs": without "that", a clause still shows
    // by an auxiliary soon after the verb ("found the samples in a cave" has none).
    private bool AuxiliaryFollows(int pos, int end)
    {
        for (var k = pos + 1; k < end && k - pos <= 10; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Quote || t.Value is "." or ";" or "and" or "but" || doc.IsWord(k - 1, "to") || lexicon.Cues.ContainsKey(t.Value))
            {
                return false;
            }

            if (t.Kind == TokenKind.Word && Auxiliaries.Contains(t.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ObjectDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "such",
    };

    // Verbs of reaction that take a noun phrase as often as a clause: "denied the reports", "welcomed the decision".
    private static bool TakesAddressee(string cue) =>
        cue.ToLowerInvariant() is "told" or "tells" or "tell" or "telling" or "informed" or "informs" or "warned" or "warns" or "assured"
            or "assures" or "reminded" or "reminds" or "notified" or "promised" or "promises" or "convinced" or "urged" or "urges"
            or "briefed" or "showed" or "shows" or "persuaded";

    private static bool TakesObject(string cue) =>
        cue.StartsWith("den", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("reject", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("dismiss", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("condemn", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("welcom", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("confirm", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("acknowledg", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("admit", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("claim", StringComparison.OrdinalIgnoreCase);

    private bool IsBareObject(int first, int end)
    {
        // "acknowledged the loss in a message to reporters": a noun phrase and where it was said, with no verb.
        if (end - first > 10 || !ObjectDeterminers.Contains(doc.Tokens[first].Value) || doc.InQuote(first))
        {
            return false;
        }

        for (var k = first + 1; k < end; k++)
        {
            if (OpensPredicate(doc.Tokens[k]) || doc.Tokens[k].Kind == TokenKind.Quote || doc.Tokens[k].Value.EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "told reporters in Geneva: ...", "told the committee on Monday that ...": the people told, and where, are not
    // what was said.
    private int SkipUnnamedAddressee(int pos, int end)
    {
        var k = pos;
        if (doc.TokenAt(k).Value is "the" or "a" or "an" && k + 1 < end && IsAddresseeNoun(k + 1))
        {
            k++;
        }
        else if (doc.TokenAt(k).Value is "the" or "a" or "an" && k + 2 < end && doc.TokenAt(k + 1) is { Kind: TokenKind.Word, IsCapitalized: false }
            && IsAddresseeNoun(k + 2))
        {
            // "told a news conference", "told the state broadcaster".
            k += 2;
        }

        if (!IsAddresseeNoun(k))
        {
            return pos;
        }

        k++;

        // "in Geneva", "at the United Nations"
        if (k + 1 < end && doc.TokenAt(k).Value is "in" or "at" && doc.MentionAt[doc.IsWord(k + 1, "the") ? k + 2 : k + 1] is { } place)
        {
            k = place.EndToken;
        }

        return k;
    }

    private bool IsAddresseeNoun(int k) =>
        doc.TokenAt(k).Kind == TokenKind.Word && !doc.TokenAt(k).IsCapitalized
        && (lexicon.GroupNominals.Contains(doc.TokenAt(k).Value) || lexicon.PersonNominals.Contains(doc.TokenAt(k).Value)
            || doc.TokenAt(k).Value is "reporters" or "journalists" or "committee" or "parliament" or "press" or "council" or "assembly"
                or "crowd" or "audience" or "conference" or "summit" or "nation" or "meeting" or "briefing" or "rally" or "broadcaster");

    private (int First, int End)? AccordingTo(Attribution a, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (a.CueFirst - first <= 1)
        {
            var p = a.Speaker.End;
            while (p < sentence.EndToken && doc.Tokens[p].Value != ",")
            {
                p++;
            }

            p++;

            // "According to the Syrian Observatory, a Britain-based war monitor, government forces have ...": past the
            // description of the source set off in commas.
            if (doc.TokenAt(p).Value is "a" or "an" or "the" or "which" or "who")
            {
                // A noun phrase, not the clause itself: "the army has retaken the village, which ...".
                var close = p;
                while (close < sentence.EndToken && close - p < 10 && doc.Tokens[close].Value != "," && !OpensPredicate(doc.Tokens[close])
                    && !lexicon.Cues.ContainsKey(doc.Tokens[close].Value))
                {
                    close++;
                }

                // Its head describes a source: "a war monitor", "the state news agency".
                if (close < sentence.EndToken - 1 && doc.Tokens[close].Value == "," && doc.Tokens[close - 1] is { Kind: TokenKind.Word, IsCapitalized: false } head
                    && (lexicon.DescribesSpeaker(head.Value) || lexicon.GroupNominals.Contains(head.Value)))
                {
                    p = close + 1;
                }
            }

            var end = ForwardEnd(p, sentence);
            return end > p ? (p, end) : null;
        }

        var stop = a.CueFirst;
        while (stop > first && doc.Tokens[stop - 1].Value is "," or "-")
        {
            stop--;
        }

        return stop - first >= 2 ? (SkipOpening(first, stop), stop) : null;
    }

    /// <summary>Whether a lower-case word that describes a speaker ("spokeswoman", "office") lies in tokens [from, end).</summary>
    public bool OfficeWordIn(int from, int end)
    {
        for (var k = Math.Max(0, from); k < end; k++)
        {
            if (doc.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word && lexicon.DescribesSpeaker(word.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case word that may describe an office before its title ("human rights" in "UN human rights office
    /// spokeswoman"): no verb, possessive or "and".
    /// </summary>
    public bool IsOfficeModifier(Token t) =>
        t is { Kind: TokenKind.Word, IsCapitalized: false } && !lexicon.Cues.ContainsKey(t.Value)
        && !t.Value.EndsWith("ed", StringComparison.Ordinal) && t.Value is not ("'s" or "\u2019s" or "and");

    private (int First, int End)? Backward(Attribution a, Sentence sentence, int after)
    {
        // 'In a statement, Governor Chris Gregoire said, "..."': what was said is the quotation after the cue.
        // 'Boris Johnson said:' ending its paragraph: the next paragraph is what was said.
        if (after + 1 < sentence.EndToken && doc.Tokens[after].Value is "," or ":" && doc.Tokens[after + 1].Kind == TokenKind.Quote
            || doc.Tokens[sentence.EndToken - 1].Value == ":")
        {
            return null;
        }

        // The speaker's phrase starts at its title: ", Security Minister Omar García Harfuch said".
        var speakerFirst = doc.MentionAt[a.Speaker.First] is { } named && named.FirstToken == a.Speaker.First ? named.PhraseFirstToken : a.Speaker.First;
        var attributionStart = Math.Min(a.CueFirst, speakerFirst);
        var stop = attributionStart;
        // Determiners of a description: ", an Azeri presidential adviser told"; and a description before the name:
        // ", his spokesman Ajuri Ngelale said", ", Tinubu's spokesman X said".
        // Words that describe the speaker's office: ", UN human rights office spokeswoman X told".
        var describesOffice = OfficeWordIn(Math.Max(sentence.FirstToken, speakerFirst - 3), a.Speaker.End);

        while (stop > sentence.FirstToken && attributionStart - stop < (describesOffice ? 8 : 6))
        {
            var before = doc.Tokens[stop - 1];
            if (before.Value is "which" or "whom")
            {
                // "The plan, which the minister announced on Monday, failed": the cue's object is the relative pronoun.
                return null;
            }

            if (before is { Kind: TokenKind.Word, IsCapitalized: false } && before.Value != "and" && (lexicon.Stopwords.Contains(before.Value)
                || stop <= speakerFirst && lexicon.DescribesSpeaker(before.Value)
                || describesOffice && stop <= speakerFirst && IsOfficeModifier(before)))
            {
                stop--;
            }
            else if (describesOffice && doc.MentionAt[stop - 1] is { Entity.Type: not EntityType.Person } office && office.EndToken == stop)
            {
                stop = office.FirstToken;
            }
            else if (before.Value is "'s" or "\u2019s" && stop <= speakerFirst && stop - 2 > sentence.FirstToken
                && (doc.MentionAt[stop - 2] is not null || doc.Tokens[stop - 2] is { Kind: TokenKind.Word, IsCapitalized: true }
                    // ", the front's spokesman X said": a body described by its kind.
                    || doc.Tokens[stop - 2] is { Kind: TokenKind.Word } && doc.IsWord(stop - 3, "the")))
            {
                stop = doc.MentionAt[stop - 2]?.FirstToken ?? stop - 2;
            }
            else
            {
                break;
            }
        }

        // Another speaker joined by "and": ", a war monitor and rebel sources said".
        if (doc.IsWord(stop, "and") || doc.IsWord(stop - 1, "and"))
        {
            var k = doc.IsWord(stop, "and") ? stop - 1 : stop - 2;
            while (k > sentence.FirstToken && stop - k <= 6 && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Value != ",")
            {
                k--;
            }

            if (doc.Tokens[k].Value == ",")
            {
                stop = k + 1;
            }
        }

        if (stop <= sentence.FirstToken || doc.Tokens[stop - 1].Value != ",")
        {
            return null;
        }

        stop--;
        var first = SkipOpening(sentence.FirstToken, stop);
        if (doc.InQuote(first) || first >= stop)
        {
            return null;
        }

        // "The strike, the army said, hit a school": the attribution is set off inside the clause it reports, which
        // is all of it, the attribution included.
        if (ContinuesClause(after, sentence))
        {
            var end = ForwardEnd(after + 1, sentence);
            return end > after + 1 ? (first, end) : null;
        }

        return stop - first < 3 ? null : (first, stop);
    }

    private static readonly HashSet<string> NotContinuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "as", "while", "whereas", "although", "though", "because", "since", "after", "before", "when",
        "which", "who", "where", "in", "on", "at", "during", "from", "with", "without", "to", "for", "by", "citing",
        "according", "than", "so", "if", "unless", "until", "then", "despite", "amid", "amidst", "following", "ahead",
        "over", "under", "against", "about", "via", "including", "due", "given", "along", "alongside", "among", "between",
        "into", "onto", "upon", "within", "through", "throughout", "toward", "towards", "like", "unlike", "not", "nor",
        "yet", "instead", "rather", "whether", "adding", "saying", "noting",

        // ", a step toward a peace deal": a noun phrase set off after the attribution describes the whole report.
        "a", "an",
    };

    // After "the army said": a comma, then words that go on with the clause the attribution interrupted (not a
    // conjunction, a preposition or a participle that adds to the attribution: "..., he said, adding that ...").
    private bool ContinuesClause(int after, Sentence sentence)
    {
        if (after + 2 >= sentence.EndToken || doc.Tokens[after].Value != "," || doc.InQuote(after + 1))
        {
            return false;
        }

        var next = doc.Tokens[after + 1];
        return next.Kind == TokenKind.Word && !NotContinuations.Contains(next.Value) && !TimeWords.Contains(next.Value)
            && !next.Value.EndsWith("ing", StringComparison.Ordinal) && !lexicon.Cues.ContainsKey(next.Value);
    }

    private int SkipOpening(int first, int stop)
    {
        first = AfterDateline(doc, first, stop);
        while (first < stop && doc.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        return first;
    }

    // "KYIV, Ukraine (AP) — Russian forces ...", "BEIRUT (Reuters) - ...": a dateline is where the story was filed, not
    // part of what anyone said. It opens with a place in capitals and ends with a dash within a few tokens.
    public static int AfterDateline(Document doc, int first, int stop)
    {
        if (first >= stop || doc.Tokens[first] is not { Kind: TokenKind.Word, IsAllCaps: true } || doc.Tokens[first].Value.Length < 3)
        {
            return first;
        }

        for (var k = first + 1; k < stop && k - first <= 12; k++)
        {
            var t = doc.Tokens[k];
            if (t.Value is "\u2014" or "-" or "\u2013" or "--")
            {
                return k + 1;
            }

            // "GOMA, Democratic Republic of Congo (Reuters) -": only the little words of a country's name are lower-case.
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && t.Value is not ("of" or "the" or "and"))
            {
                return first;
            }
        }

        return first;
    }

    private int FindThat(int pos, int end)
    {
        for (var j = pos; j < end && j - pos < 26; j++)
        {
            var t = doc.Tokens[j];
            // ", after an offensive that began": the clause of the cue is over before a "that" of its own.
            if (t.Kind == TokenKind.Quote || t.Value is "." or ";" || doc.InQuote(j)
                || t.Value == "," && j > pos && Boundaries.Contains(doc.TokenAt(j + 1).Value) && doc.TokenAt(j + 1).Value != ",")
            {
                return -1;
            }

            if (t.Value == "that" && (j == pos || !doc.IsWord(j - 1, "so")))
            {
                // "said that" or "told Reuters in an interview that", but not a "that" inside the reported clause.
                return j;
            }

            // "in a statement posted on Telegram that": a participle describing the statement.
            if (j > pos && doc.Tokens[j - 1].Value is "statement" or "message" or "post" or "video" or "letter" or "interview" or "address"
                && t.Value.EndsWith("ed", StringComparison.Ordinal) && doc.TokenAt(j + 1).Value is "on" or "by" or "to" or "in")
            {
                continue;
            }

            // A verb starts a clause of its own; "in a televised speech" has an adjective in "-ed" after its article.
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && (ClauseWords.Contains(t.Value)
                || t.Value.EndsWith("ed", StringComparison.Ordinal) && j > pos && !ObjectDeterminers.Contains(doc.Tokens[j - 1].Value)))
            {
                return -1;
            }

            if (j > pos && t.Kind == TokenKind.Word && lexicon.Cues.ContainsKey(t.Value) && !t.IsCapitalized)
            {
                return -1;
            }
        }

        return -1;
    }

    // The end of a date at token pos ("2008", "March 2022", "March 3, 2022"), or pos when none starts there.
    private int DateAt(int pos, int end)
    {
        var p = pos;
        if (p < end && Calendar.IsMonth(doc.Tokens[p].Value))
        {
            p++;
            if (p < end && doc.Tokens[p].Kind == TokenKind.Number && doc.Tokens[p].Value.Length <= 2)
            {
                p++;
                if (p + 1 < end && doc.Tokens[p].Value == "," && IsYear(doc.Tokens[p + 1]))
                {
                    p += 2;
                }
            }
        }

        return p < end && IsYear(doc.Tokens[p]) ? p + 1 : p;
    }

    private static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.Value.Length == 4 && t.Value[0] is '1' or '2';

    private int SkipTime(int pos, int end)
    {
        var p = pos;
        while (p < end)
        {
            var t = doc.Tokens[p];
            if (TimeWords.Contains(t.Value))
            {
                p++;
                continue;
            }

            if (t.Is("on") && p + 1 < end && TimeWords.Contains(doc.Tokens[p + 1].Value))
            {
                p += 2;
                continue;
            }

            // "said last week", "said this month".
            if (t.Value is "last" or "this" && p + 1 < end && doc.Tokens[p + 1].Value is "week" or "month" or "year" or "weekend" or "night" or "morning")
            {
                p += 2;
                continue;
            }

            if ((t.Is("in") || t.Is("on")) && DateAt(p + 1, end) is var dateEnd && dateEnd > p + 1)
            {
                // "which Kosovo declared in 2008", "announced on March 3, 2022 that": a date says nothing.
                p = dateEnd;
                continue;
            }

            if (t.Is("in") && p + 1 < end && (doc.IsWord(p + 1, "a") || doc.IsWord(p + 1, "an")))
            {
                // "in a statement", "in a televised address"
                var q = p + 2;
                while (q < end && q - p < 5 && doc.Tokens[q].Kind == TokenKind.Word)
                {
                    if (doc.Tokens[q].Value is "statement" or "interview" or "address" or "speech" or "letter" or "post" or "broadcast")
                    {
                        p = q + 1;
                        break;
                    }

                    q++;
                }

                if (p == q + 1)
                {
                    continue;
                }
            }

            break;
        }

        return p;
    }

    // "said at a ceremony in Buenos Aires, adding that ..." and "..., he said at a rally.": where it was said, up to the
    // comma or the end, says nothing; "said in Brussels the plan would fail" goes on with a clause and keeps it.
    private int SkipCircumstance(int pos, int end)
    {
        // "said on condition of anonymity", "said during a visit to Kyiv".
        if (pos >= end || !NameFinder.IsPlacePreposition(doc.Tokens[pos].Value) && !doc.IsWord(pos, "during")
            && !(doc.IsWord(pos, "on") && doc.IsWord(pos + 1, "condition")))
        {
            return pos;
        }

        // "said on condition of anonymity because he was not authorised to speak": the reason says nothing said.
        if (doc.IsWord(pos + 1, "condition") && doc.IsWord(pos + 2, "of") && doc.IsWord(pos + 3, "anonymity")
            && doc.TokenAt(pos + 4).Value is "because" or "as" or "since" or "to")
        {
            return end;
        }

        for (var k = pos + 1; k < end && k - pos <= 10; k++)
        {
            var t = doc.Tokens[k];
            if (t.Value is "," or "." or ";" || k + 1 == end)
            {
                return t.Value is "," or "." or ";" ? k : end;
            }

            if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number || OpensPredicate(t) || Auxiliaries.Contains(t.Value)
                || !t.IsCapitalized && lexicon.Cues.ContainsKey(t.Value))
            {
                return pos;
            }
        }

        return pos;
    }

    private int ForwardEnd(int pos, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var j = pos; j < sentence.EndToken; j++)
        {
            var t = doc.Tokens[j];
            if (doc.InQuote(j) && doc.QuoteOf[j] >= 0)
            {
                continue;
            }

            if (t.Value == ":" && j + 1 < sentence.EndToken && doc.Tokens[j + 1].Kind == TokenKind.Quote || t.Value == ";")
            {
                end = j;
                break;
            }

            // "..., although ...", and a source given after what was said: "..., according to a statement"; the
            // narrator going on: "declared the independence of Ambazonia in 2017, and since 2018 armed groups have".
            // The narrator's own adjuncts after it: "..., bringing the front line to within 15 kilometres", "..., in a
            // reference to the stalled aid package".
            if (t.Value == "," && j + 1 < sentence.EndToken && (Contrast.Contains(doc.Tokens[j + 1].Value)
                || doc.Tokens[j + 1].Is("according") && doc.IsWord(j + 2, "to")
                || NarratorsParticiples.Contains(doc.Tokens[j + 1].Value)
                || doc.IsWord(j + 1, "in") && (doc.IsWord(j + 2, "reference") || doc.IsWord(j + 2, "a") && doc.IsWord(j + 3, "reference"))
                || doc.IsWord(j + 1, "and") && doc.TokenAt(j + 2).Value is "since" or "after" or "before" or "meanwhile" or "later" or "then"))
            {
                end = j;
                break;
            }

            if (j > pos + 1 && t.Kind == TokenKind.Word && !t.IsCapitalized && CueClassAt(j) is { } cls
                // (Not the object of an infinitive: "to investigate reports that".)
                && cls != CueClass.Fragment && doc.MentionAt[j] is null && !doc.IsWord(j - 1, "the") && !doc.IsWord(j - 1, "a") && !doc.IsWord(j - 2, "to")
                && !Passive.Contains(doc.Tokens[j - 1].Value) && (cls != CueClass.ThatClause || doc.IsWord(j + 1, "that") || AuxiliaryFollows(j, sentence.EndToken)))
            {
                // "X said he had suggested that ...", "X said Macron had suggested that ...": with no clause boundary
                // before the cue's subject, the report of that act is what X said.
                var cut = Cut(pos, j);
                if (cut == j)
                {
                    continue;
                }

                end = cut;
                break;
            }
        }

        while (end > pos && doc.Tokens[end - 1].Kind == TokenKind.Punctuation && doc.Tokens[end - 1].Value is "." or "," or ";" or ":" or "-")
        {
            end--;
        }

        return end;
    }

    // The class of the cue at token j, of two words where they make one ("called for", "called on": a call, where
    // "called" alone names something).
    private CueClass? CueClassAt(int j)
    {
        if (!lexicon.Cues.TryGetValue(doc.Tokens[j].Value, out var cls))
        {
            // "offered to send observers": a cue of two words whose first is none alone.
            return doc.TokenAt(j + 1) is { Kind: TokenKind.Word } second && lexicon.Cues.TryGetValue(doc.Tokens[j].Value + " " + second.Value, out var pair)
                ? pair
                : null;
        }

        return cls == CueClass.Fragment && doc.TokenAt(j + 1) is { Kind: TokenKind.Word } next
            && lexicon.Cues.TryGetValue(doc.Tokens[j].Value + " " + next.Value, out var phrase) ? phrase : cls;
    }

    /// <summary>Where a nested attribution's clause begins: the nearest boundary word before the cue's subject.</summary>
    private int Cut(int pos, int cue)
    {
        var j = cue - 1;
        while (j > pos && doc.Tokens[j].Kind == TokenKind.Word && !Boundaries.Contains(doc.Tokens[j].Value) && cue - j < 10)
        {
            j--;
        }

        return j > pos && Boundaries.Contains(doc.Tokens[j].Value) ? j : cue;
    }
}
