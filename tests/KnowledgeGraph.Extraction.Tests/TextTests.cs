using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class TextTests
{
    private static List<string> Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text, Gazetteer.Default.Lexicon.PeriodWords);
        return SentenceSplitter.Split(text, tokens, Gazetteer.Default.Lexicon, CancellationToken.None)
            .Select(s => text[s.Start..s.End]).ToList();
    }

    [Theory]
    [InlineData("A rally in Yerevan on Sept. 21 drew crowds. Police watched.", 2)]
    [InlineData("Mr. Obama met Gen. Smith and J. R. Jones. They talked.", 2)]
    [InlineData("He lives in the U.S. The next day he left.", 2)]
    [InlineData("The U.S. Army said so.", 1)]
    [InlineData("\"It is over.\" He left.", 2)]
    [InlineData("Headline without stop\n\nBody text here.", 2)]
    [InlineData("\"We are winning,\" Lee wrote on X. Lee's spokesman agreed.", 2)]
    [InlineData("President John F. Kennedy spoke.", 1)]
    public void Splits_sentences_around_abbreviations(string text, int expected) =>
        Assert.Equal(expected, Sentences(text).Count);

    [Theory]
    [InlineData("The Houthis' chief negotiator spoke.", true)]
    [InlineData("The rebels\u2019 spokesman spoke.", true)]
    [InlineData("The so-called 'rebels' said so.", false)]
    [InlineData("He ended with 'yes' and left.", false)]
    public void A_plurals_apostrophe_is_read_as_its_possessive(string text, bool possessive)
    {
        var tokens = Tokenizer.Tokenize(text, Gazetteer.Default.Lexicon.PeriodWords);
        Assert.Equal(possessive, tokens.Any(t => t.Value == "'s" && t.End - t.Start == 1));
    }

    [Fact]
    public void Tokens_keep_exact_offsets_and_split_possessives()
    {
        const string text = "Azerbaijan\u2019s president met U.S. envoys in al-Bashir's Nagorno-Karabakh.";
        var tokens = Tokenizer.Tokenize(text, Gazetteer.Default.Lexicon.PeriodWords);
        Assert.All(tokens, t => Assert.Equal(t.Value, text[t.Start..t.End]));
        Assert.Contains(tokens, t => t.Value == "\u2019s");
        Assert.Contains(tokens, t => t.Value == "U.S.");
        Assert.Contains(tokens, t => t.Value == "Nagorno-Karabakh");
        Assert.Contains(tokens, t => t.Value == "al-Bashir");
    }

    [Fact]
    public void Pairs_curly_and_straight_quotes_and_drops_the_trailing_comma()
    {
        const string text = "\u201CWe will win,\u201D he said. \"They 'must' stop,\" she said.";
        var tokens = Tokenizer.Tokenize(text, Gazetteer.Default.Lexicon.PeriodWords);
        var sentences = SentenceSplitter.Split(text, tokens, Gazetteer.Default.Lexicon, CancellationToken.None);
        var quotes = QuoteScanner.Scan(text, tokens, sentences);
        Assert.Equal(["We will win", "They 'must' stop"], quotes.Select(q => text[q.ContentStart..q.ContentEnd]));
    }
}
