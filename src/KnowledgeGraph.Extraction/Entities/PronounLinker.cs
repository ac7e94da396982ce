using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Adds pronoun mentions to person entities: "he"/"she" resolved to the nearest subject or speaker, and "I"/"me"/"my"
/// inside a direct quote to the quote's speaker, or outside quotes to the nearest earlier speaker or person.
/// </summary>
internal static class PronounLinker
{
    public static void Link(Document doc, NominalResolver nominals, List<QuoteItem> quotes)
    {
        var speakerOfQuote = quotes.Where(q => q.Direct && q.QuoteIndex >= 0).GroupBy(q => q.QuoteIndex)
            .ToDictionary(g => g.Key, g => g.First().Speaker);
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                doc.CancellationToken.ThrowIfCancellationRequested();
            }

            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || doc.MentionAt[i] is not null)
            {
                continue;
            }

            EntityInfo? entity = null;
            switch (t.Value)
            {
                case "he" or "He" or "she" or "She" or "him" or "his" or "His" or "her" or "Her":
                    if (doc.InQuote(i))
                    {
                        continue;
                    }

                    entity = nominals.ResolvePronoun(t.Value, i);
                    break;
                case "I" or "me" or "my" or "My":
                    var q = doc.QuoteOf[i];
                    if (q >= 0 && speakerOfQuote.TryGetValue(q, out var speaker))
                    {
                        entity = speaker;
                    }
                    else if (q < 0 && !(t.Value == "I" && doc.TokenAt(i - 1) is { Kind: TokenKind.Word, IsCapitalized: true }))
                    {
                        // A statement printed without quotation marks after its author's name ("X said: I ...").
                        entity = nominals.ResolvePronoun("he", i);
                    }

                    break;
            }

            if (entity is { Type: EntityType.Person, IsNominal: false })
            {
                entity.Mentions.Add(new MentionInfo(i, i + 1, t.Start, t.End, MentionKind.Pronoun, entity) { Confidence = 0.6 });
            }
        }
    }
}
