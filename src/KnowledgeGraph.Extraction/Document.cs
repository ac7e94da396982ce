using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>Everything known about one article while it is being processed; owned by one thread.</summary>
internal sealed class Document
{
    public Document(Article article, Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        Article = article;
        Text = article.Text;
        Gazetteer = gazetteer;
        Lexicon = gazetteer.Lexicon;
        CancellationToken = cancellationToken;
        Tokens = Tokenizer.Tokenize(Text, Lexicon.PeriodWords, cancellationToken);
        Sentences = SentenceSplitter.Split(Text, Tokens, Lexicon, cancellationToken);
        Quotes = QuoteScanner.Scan(Text, Tokens, Sentences);
        SentenceOf = new int[Tokens.Count];
        foreach (var s in Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                SentenceOf[i] = s.Index;
            }
        }

        QuoteOf = new int[Tokens.Count];
        Array.Fill(QuoteOf, -1);
        foreach (var q in Quotes)
        {
            for (var i = q.FirstToken; i < q.EndToken && i < Tokens.Count; i++)
            {
                QuoteOf[i] = q.Index;
            }

            if (q.OpenToken >= 0)
            {
                QuoteOf[q.OpenToken] = -2;
            }

            if (q.CloseToken >= 0)
            {
                QuoteOf[q.CloseToken] = -2;
            }
        }

        MentionAt = new MentionsByToken(Tokens.Count);
        foreach (var t in Tokens)
        {
            if (t.Kind == TokenKind.Word && !t.IsCapitalized)
            {
                LowercaseWords.Add(t.Value);
            }
        }

        Excluded = article.ExcludedSpans;
    }

    private Dictionary<int, QuoteSpan>? quoteByMark;

    public Article Article { get; }

    public string Text { get; }

    public Gazetteer Gazetteer { get; }

    public Lexicon Lexicon { get; }

    public CancellationToken CancellationToken { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    public List<QuoteSpan> Quotes { get; }

    /// <summary>Sentence index of each token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Quote index of each token inside quotation marks; -2 for the marks themselves; -1 outside.</summary>
    public int[] QuoteOf { get; }

    /// <summary>The mention covering each token, if any (none before the first token or after the last).</summary>
    public MentionsByToken MentionAt { get; }

    public List<EntityInfo> Entities { get; } = [];

    public HashSet<string> LowercaseWords { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<TextSpan> Excluded { get; }

    public List<string> Warnings { get; } = [];

    /// <summary>The speaker or subject person that each sentence's attributions settled on (for pronouns).</summary>
    public Dictionary<int, EntityInfo> SentenceSpeaker { get; } = [];

    /// <summary>The body that spoke in each sentence, for an "It said" in a sentence after it.</summary>
    public Dictionary<int, EntityInfo> SentenceBodySpeaker { get; } = [];

    /// <summary>The quote whose opening or closing mark is token <paramref name="token"/>, if any.</summary>
    public QuoteSpan? QuoteWithMark(int token)
    {
        if (quoteByMark is null)
        {
            quoteByMark = [];
            foreach (var q in Quotes)
            {
                if (q.OpenToken >= 0)
                {
                    quoteByMark[q.OpenToken] = q;
                }

                if (q.CloseToken >= 0)
                {
                    quoteByMark[q.CloseToken] = q;
                }
            }
        }

        return quoteByMark.GetValueOrDefault(token);
    }

    /// <summary>Quotes whose content starts in tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public IEnumerable<QuoteSpan> QuotesStartingIn(int first, int end)
    {
        for (var j = Math.Max(first, 0); j < end && j < Tokens.Count; j++)
        {
            var index = QuoteOf[j];
            if (index >= 0 && Quotes[index].FirstToken == j)
            {
                yield return Quotes[index];
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="token"/> is a mark of a quotation of a few words inside a sentence ('had "liberated"
    /// the town', 'were "in full control" of'): a reported word or phrase that the sentence around it reads through.
    /// </summary>
    private bool IsPhraseQuoteMark(int token) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Quote && QuoteWithMark(token) is { } q
        && q.EndToken - q.FirstToken is > 0 and <= 4
        && !Enumerable.Range(q.FirstToken, q.EndToken - q.FirstToken).Any(k => Tokens[k].Value is "." or "," or ";" or "!" or "?" or ":");

    /// <summary>Whether token <paramref name="token"/> opens a quotation of a few words inside a sentence.</summary>
    public bool OpensPhraseQuote(int token) => IsPhraseQuoteMark(token) && QuoteWithMark(token)!.OpenToken == token;

    /// <summary>Whether token <paramref name="token"/> closes a quotation of a few words inside a sentence.</summary>
    public bool ClosesPhraseQuote(int token) => IsPhraseQuoteMark(token) && QuoteWithMark(token)!.CloseToken == token;

    public bool InQuote(int token) => token >= 0 && token < QuoteOf.Length && QuoteOf[token] != -1;

    /// <summary>The token at <paramref name="i"/>, or past either end an empty punctuation token, which no rule takes for a word.</summary>
    public Token TokenAt(int i) => i >= 0 && i < Tokens.Count ? Tokens[i] : new Token(i < 0 ? 0 : Text.Length, i < 0 ? 0 : Text.Length, TokenKind.Punctuation, "");

    public bool IsWord(int i, string word) => i >= 0 && i < Tokens.Count && Tokens[i].Is(word);

    /// <summary>Whether the phrase opening at token <paramref name="first"/> follows "according to" (over "the").</summary>
    public bool FollowsAccordingTo(int first)
    {
        var to = IsWord(first - 1, "the") ? first - 2 : first - 1;
        return IsWord(to, "to") && TokenAt(to - 1).Value is "according" or "According";
    }

    /// <summary>The token after a date that opens at token <paramref name="i"/> ("on October 9", "on May"), else <paramref name="i"/>.</summary>
    public int AfterOnDate(int i) =>
        IsWord(i, "on") && Calendar.IsMonth(TokenAt(i + 1).Value) ? (TokenAt(i + 2).Kind == TokenKind.Number ? i + 3 : i + 2) : i;

    /// <summary>The first comma at or after token <paramref name="from"/> and before <paramref name="end"/>, else <paramref name="end"/>.</summary>
    public int NextComma(int from, int end)
    {
        var k = from;
        while (k < end && k < Tokens.Count && Tokens[k].Value != ",")
        {
            k++;
        }

        return k;
    }

    public bool IsExcluded(int start, int end) => Excluded.Any(x => x.Start < end && start < x.End);

    public void AddMention(MentionInfo mention)
    {
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
        {
            MentionAt[i] = mention;
        }

        mention.Entity.Mentions.Add(mention);
    }
}
