using System.Text;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public void Empty_text_gives_no_facts_and_a_warning()
    {
        var r = ExtractionTestHelper.Extract("");
        Assert.Empty(r.Entities);
        Assert.Contains(r.Warnings, w => w.Contains("empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("   \n\n\t  ")]
    [InlineData("...!!!???")]
    [InlineData("\"")]
    [InlineData("\u201C\u201C\u201C unclosed \u201D\u201D\u201D\u201D \" \" \"")]
    [InlineData("he said \"one \u2018two \"three\u2019 four\" five")]
    [InlineData("\u0000\u0001\u0002 Mr. \u0007Smith said \u001b[31m\"hi\"")]
    [InlineData("Москва заявила, что 北京 said \"مرحبا\" to 😀 Paris.")]
    [InlineData("no punctuation at all just words and more words and Names like John Smith in Paris")]
    // A rule's word as the text's first token: the rules look back from it.
    [InlineData("Control of south Sudan's oil rich reserves was the primary reason for the fighting.")]
    [InlineData("Part of this new assistance goes to projects inside Syria.")]
    public void Odd_text_does_not_crash_and_keeps_spans_exact(string text)
    {
        var r = ExtractionTestHelper.Extract(text);
        AssertSpansRoundTrip(r);
    }

    // Rules look ahead of the word they start at; an article may end anywhere, so every prefix is a text of its own.
    [Theory]
    [InlineData("GENEVA \u2014 Rebels, who seized the city of Goma, a town near Kivu, said on Monday, adding that the capital was calm.")]
    [InlineData("\"We will stay,\" he said, adding: \"Yes.\" The strike, the army said, hit the presidential palace in Khartoum.")]
    [InlineData("According to a statement from the Ukrainian air force, Hamas, which controlled the Gaza Strip, called the plan \"reckless\".")]
    [InlineData("Its chairman, Secretary Kerry, the Foreign Secretary, met Chief Cabinet Secretary Yoshimasa Hayashi in North Darfur.")]
    [InlineData("The Golan Heights, which Israel captured, is recognised as Syrian territory and is controlled de facto by Israel.")]
    [InlineData("They travelled to the capital in Kabul, through territory controlled by")]
    [InlineData("Burrows said the flag had never been open to public choice. Professor")]
    [InlineData("The group named its magazine after the town and claimed")]
    [InlineData("The Israeli military says 13 soldiers were killed.\n\nIsrael claims ")]
    [InlineData("\"We will fight until we die,\" said Lieutenant Ibrahim Moussa of the")]
    public void Every_prefix_of_an_article_extracts(string text) => EveryPrefixExtracts(text);

    [Fact]
    public void Every_prefix_of_the_seed_text_extracts() => EveryPrefixExtracts(SeedExtractionTests.Text);

    private static void EveryPrefixExtracts(string text)
    {
        for (var end = 1; end <= text.Length; end++)
        {
            var prefix = text[..end];
            var result = Record.Exception(() => AssertSpansRoundTrip(ExtractionTestHelper.Extract(prefix)));
            Assert.True(result is null, $"\"{prefix}\": {result}");
        }
    }

    // A rule may meet a mention it was not written for (a nominal "the country" before a possessive): the sentences of
    // the annotated dev texts, mixed into new articles, make contexts no single text has.
    [Fact]
    public void Sentences_of_the_dev_texts_mixed_into_new_articles_extract()
    {
        var eval = ExtractionTestHelper.SharedEvalDirectory() ?? throw new DirectoryNotFoundException("../shared/eval is missing");
        var texts = new List<string>();
        foreach (var file in new[] { "gum-news-dev.jsonl", "re3d-dev.jsonl" })
        {
            texts.AddRange(File.ReadLines(Path.Combine(eval, file))
                .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!));
        }

        var sentences = texts.SelectMany(t => ExtractionTestHelper.Extract(t).Article.Text.Split(". "))
            .Select(s => s.Trim()).Where(s => s.Length > 10).ToList();
        sentences.Add("Ukraine is at war. The country's president, Volodymyr Zelenskyy, said peace was far off");
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            // Every other article has no title line, so that a sentence opens the text itself.
            var text = (n % 2 == 0 ? "News\n\n" : "") + string.Join(". ", Enumerable.Range(0, random.Next(2, 7)).Select(_ => sentences[random.Next(sentences.Count)])) + ".";
            var failure = Record.Exception(() => AssertSpansRoundTrip(ExtractionTestHelper.Extract(text)));
            Assert.True(failure is null, $"\"{text}\": {failure}");
        }
    }

    [Fact]
    public void Unbalanced_quote_ends_at_the_paragraph()
    {
        var text = "\"We will fight on, said the commander.\n\nThe next paragraph has no quote. Officials said nothing.";
        var r = ExtractionTestHelper.Extract(text);
        AssertSpansRoundTrip(r);
        Assert.All(r.Quotations, q => Assert.True(q.Content.End <= text.IndexOf("\n\n", StringComparison.Ordinal) || !q.Direct));
    }

    [Fact]
    public void Large_article_finishes_or_reports_the_time_budget()
    {
        var seed = "Azerbaijani President Ilham Aliyev said on Wednesday that the region would live in \"paradise\". ";
        var sb = new StringBuilder();
        while (sb.Length < 5_000_000)
        {
            sb.Append(seed);
        }

        var extractor = new NewsExtractor(new ExtractorOptions { TimeBudget = TimeSpan.FromSeconds(20) });
        var r = extractor.Extract(new Article { Id = "big", Text = sb.ToString() });
        Assert.True(r.Quotations.Count > 0 || r.Warnings.Count > 0);
        Console.WriteLine($"RobustnessTests: 5 MB article gave {r.Quotations.Count} quotes, {r.Warnings.Count} warnings");
    }

    [Fact]
    public void Tiny_time_budget_returns_with_a_warning()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. John Smith said \"hello there\" in Paris. ", 50_000));
        var extractor = new NewsExtractor(new ExtractorOptions { TimeBudget = TimeSpan.FromMilliseconds(1) });
        var r = extractor.Extract(new Article { Id = "slow", Text = text });
        Assert.Contains(r.Warnings, w => w.Contains("time budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_by_the_caller_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ExtractionTestHelper.Extractor.Extract(new Article { Id = "c", Text = "Mr. Smith said \"hi\"." }, cts.Token));
    }

    internal static void AssertSpansRoundTrip(ExtractionResult r)
    {
        var text = r.Article.Text;
        foreach (var e in r.Entities)
        {
            Assert.InRange(e.Confidence, 0.0, 1.0);
            foreach (var m in e.Mentions)
            {
                Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]);
                Assert.InRange(m.Confidence, 0.0, 1.0);
            }
        }

        foreach (var q in r.Quotations)
        {
            Assert.True(q.Content.Start >= 0 && q.Content.End <= text.Length && q.Content.Start < q.Content.End);
            Assert.True(q.Evidence.Contains(q.Content));
            Assert.InRange(q.Confidence, 0.0, 1.0);
        }

        foreach (var c in r.Controls)
        {
            Assert.True(c.Evidence.Start < c.Evidence.End && c.Evidence.End <= text.Length);
            Assert.InRange(c.Confidence, 0.0, 1.0);
        }

        foreach (var role in r.Roles)
        {
            Assert.True(role.Evidence.Start < role.Evidence.End && role.Evidence.End <= text.Length);
            Assert.InRange(role.Confidence, 0.0, 1.0);
        }
    }
}
