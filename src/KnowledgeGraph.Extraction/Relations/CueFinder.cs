using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Recognises speech cues ("said", "called for", "according to") and the headline, which carries no quotes.</summary>
internal sealed class CueFinder(Document doc)
{
    private readonly Lexicon lexicon = doc.Lexicon;

    /// <summary>The article's headline: the first line, without final punctuation, standing alone.</summary>
    public bool IsHeadline(Sentence sentence)
    {
        if (sentence.Index != 0 || doc.Sentences.Count < 2)
        {
            return false;
        }

        var last = doc.Tokens[sentence.EndToken - 1];
        return last.Value is not ("." or "!" or "?") && doc.Sentences[1].Paragraph != sentence.Paragraph;
    }

    public int CueAt(int i, out CueClass cueClass)
    {
        cueClass = CueClass.Clause;
        var t = doc.TokenAt(i);

        // "According to the UN, ..." opens its sentence, capitalised.
        if (t.Is("according") && doc.IsWord(i + 1, "to"))
        {
            return 2;
        }

        if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.MentionAt[i] is not null)
        {
            return 0;
        }

        // "Seattle was also proposed as another location", "he was told to leave": a passive reports no speech of its
        // subject.
        if (IsPassive(i))
        {
            return 0;
        }

        // "asked Washington to press Israel", "has asked a court to annul the result": a request, as "urged" is; not
        // "asked whether", a question.
        if (t.Value is "asked" or "asks" && AskedToAct(i))
        {
            cueClass = CueClass.Object;
            return 1;
        }

        if (i + 1 < doc.Tokens.Count && lexicon.Cues.TryGetValue(t.Value + " " + doc.Tokens[i + 1].Value, out var two))
        {
            cueClass = two;
            return 2;
        }

        if (lexicon.Cues.TryGetValue(t.Value, out var one))
        {
            // "Mali's ruling colonels": after a possessive, a participle describes the noun it comes before.
            if (doc.TokenAt(i - 1).Value is "'s" or "\u2019s" && t.Value.EndsWith("ing", StringComparison.Ordinal))
            {
                return 0;
            }

            // "recalled that ...", not "recalled its ambassador": remembering reports a clause.
            if (t.Value is "recalled" && doc.TokenAt(i + 1).Value is not ("that" or "how" or "when" or "," or ":") && doc.TokenAt(i + 1).Kind != TokenKind.Quote)
            {
                return 0;
            }

            // "United Nations member states consider", "Arab states", "both states": the noun, not the verb.
            if (t.Value is "states" && doc.TokenAt(i - 1) is { Kind: TokenKind.Word } modifier
                && (modifier.IsCapitalized && doc.MentionAt[i - 1] is not { Adjectival: false, Entity.Type: EntityType.Person or EntityType.Organization or EntityType.Group }
                    || modifier.Value is "member" or "other" or "some" or "many" or "all" or "several" or "both" or "two"
                    or "three" or "these" or "those" or "nuclear" or "neighbouring" or "neighboring" or "gulf" or "arab"))
            {
                return 0;
            }

            // "the said", "a statement saying": nouns and adjectives are not cues, and "called" needs an object.
            if (doc.IsWord(i - 1, "the") || doc.IsWord(i - 1, "a") || t.Value is "called" && !CalledBySpeaker(i))
            {
                return t.Value is "called" ? 0 : doc.IsWord(i - 1, "the") ? 0 : 1;
            }

            cueClass = one;
            return 1;
        }

        return 0;
    }

    // Someone asked to do something: at most four words, then "to" and a verb.
    private bool AskedToAct(int i)
    {
        for (var k = i + 2; k < doc.Tokens.Count && k <= i + 5; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            if (t.Value == "to")
            {
                return doc.TokenAt(k + 1) is { Kind: TokenKind.Word, IsCapitalized: false } verb && !lexicon.Stopwords.Contains(verb.Value)
                    && doc.TokenAt(i + 1) is { Kind: TokenKind.Word } && doc.TokenAt(i + 1).Value is not ("about" or "whether" or "if" or "how" or "why");
            }
        }

        return false;
    }

    private bool IsPassive(int i)
    {
        var word = doc.Tokens[i].Value;
        if (!(word.EndsWith("ed", StringComparison.Ordinal) || word is "told" or "said" or "written" or "shown" or "found"))
        {
            return false;
        }

        var k = i - 1;
        while (k > i - 3 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } adverb
            && (adverb.Value is "also" or "not" or "never" or "already" or "widely" or "first" or "previously" || adverb.Value.EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return doc.TokenAt(k).Value is "was" or "were" or "is" or "are" or "be" or "been" or "being" || ReducedRelative(i);
    }

    // "lenient on rebels accused of war crimes": a participle after a noun that a preposition governs describes the
    // noun; nobody speaks.
    private bool ReducedRelative(int i)
    {
        if (!doc.IsWord(i + 1, "of") && !doc.IsWord(i + 1, "with"))
        {
            return false;
        }

        var k = i - 1;
        while (k > i - 4 && doc.TokenAt(k) is { Kind: TokenKind.Word, IsCapitalized: false } noun && !lexicon.Stopwords.Contains(noun.Value))
        {
            k--;
        }

        return k < i - 1 && doc.TokenAt(k).Value is "on" or "of" or "for" or "against" or "with" or "to" or "from" or "about" or "by" or "among";
    }

    // "Schumer called the plan "reckless"", "called it a disgrace": a speaker's verb; not the participle of naming ("a
    // group called "Anonymous"").
    private bool CalledBySpeaker(int i)
    {
        if (doc.TokenAt(i + 1).Value is "it" or "them" or "him" or "her")
        {
            return true;
        }

        var before = doc.TokenAt(i - 1);
        var subject = before.Value is "," or "he" or "she" or "they" or "He" or "She" or "They"
            || doc.MentionAt[i - 1] is { Adjectival: false, Entity.Type: EntityType.Person or EntityType.Organization or EntityType.GeopoliticalEntity };
        if (!subject)
        {
            return false;
        }

        for (var k = i + 1; k < doc.Tokens.Count && k <= i + 6; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }
}
