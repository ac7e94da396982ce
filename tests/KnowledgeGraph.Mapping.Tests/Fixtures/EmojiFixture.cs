using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>A tiny article with characters outside the Basic Multilingual Plane before every fact, so UTF-16 and
/// code point offsets differ.</summary>
internal static class EmojiFixture
{
    // "🎉" and "𝒜" take two UTF-16 units each; "é" is one (NFC).
    public const string Text = "🎉 Zoë Müller said \"we hold 𝒜-town\" today.\nThe Rebels 🚩 captured 𝒜-town in 2019.";

    public static ExtractionResult Result(string extractorVersion = "emoji-1") => new()
    {
        Article = new Article { Id = "emoji", Text = Text, Title = "Émoji 🎉 test", Date = new DateOnly(2024, 2, 29) },
        ExtractorVersion = extractorVersion,
        Sentences = [Span("🎉 Zoë Müller said \"we hold 𝒜-town\" today."), Span("The Rebels 🚩 captured 𝒜-town in 2019.")],
        Entities =
        [
            new Entity
            {
                Id = "p", Type = EntityType.Person, CanonicalName = "Zoë Müller",
                Mentions = [new Mention(Span("Zoë Müller"), "Zoë Müller", MentionKind.Name, 0.95)],
            },
            new Entity
            {
                Id = "t", Type = EntityType.GeopoliticalEntity, CanonicalName = "𝒜-town",
                Mentions = [new Mention(Span("𝒜-town"), "𝒜-town", MentionKind.Name, 0.8), new Mention(Span("𝒜-town", 1), "𝒜-town", MentionKind.Name, 0.85)],
            },
            new Entity
            {
                Id = "g", Type = EntityType.Group, CanonicalName = "The Rebels", Aliases = ["Rebels"],
                Mentions = [new Mention(Span("The Rebels"), "The Rebels", MentionKind.Name, 0.7)],
            },
        ],
        Quotations =
        [
            new Quotation
            {
                SpeakerId = "p", Content = Span("we hold 𝒜-town"), Direct = true, Cue = "said", CueSpan = Span("said"),
                SpeakerSpan = Span("Zoë Müller"), Evidence = Span("🎉 Zoë Müller said \"we hold 𝒜-town\" today."), Confidence = 0.9,
            },
        ],
        Controls =
        [
            new ControlFact
            {
                PartyId = "g", PlaceId = "t", Status = ControlStatus.Captured, TimeText = "in 2019", TimeSpan = Span("in 2019"),
                NormalizedTime = "2019", Evidence = Span("The Rebels 🚩 captured 𝒜-town in 2019"), Confidence = 0.8,
            },
        ],
    };

    /// <summary>The UTF-16 span of the <paramref name="occurrence"/>-th occurrence of <paramref name="value"/>.</summary>
    public static TextSpan Span(string value, int occurrence = 0)
    {
        int i = -1;
        for (int n = 0; n <= occurrence; n++)
        {
            i = Text.IndexOf(value, i + 1, StringComparison.Ordinal);
        }

        return i < 0 ? throw new ArgumentException(value) : new TextSpan(i, i + value.Length);
    }
}
