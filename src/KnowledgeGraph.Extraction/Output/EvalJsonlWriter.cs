using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Output;

/// <summary>
/// Writes one JSON Lines record per article for the mention-level scorer: entity mentions (names, titles and the
/// descriptions resolved to an entity, such as "the city") typed PERSON|ORG|GPE_LOC, and quotes with their speaker
/// (name and span).
/// </summary>
public static class EvalJsonlWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the record followed by a newline.</summary>
    public static void WriteLine(ExtractionResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", result.Article.Id);
            w.WriteStartArray("entities");
            foreach (var e in result.Entities)
            {
                if (e.Type == EntityType.Group)
                {
                    continue;
                }

                var type = e.Type switch
                {
                    EntityType.Person => "PERSON",
                    EntityType.Organization => "ORG",
                    _ => "GPE_LOC",
                };
                foreach (var m in e.Mentions)
                {
                    if (m.IsAdjectival || m.Kind == MentionKind.Pronoun && e.Type != EntityType.Person)
                    {
                        continue;
                    }

                    // The scorers accept a bare name only where the annotators also marked it, so the phrase with
                    // its title is the safer span.
                    var span = m.FullSpan ?? m.Span;
                    w.WriteStartObject();
                    w.WriteNumber("start", span.Start);
                    w.WriteNumber("end", span.End);
                    w.WriteString("type", m.Kind == MentionKind.Metonym ? "ORG" : type);
                    w.WriteString("text", span == m.Span ? m.Text : span.Of(result.Article.Text));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("quotes");
            var names = result.Entities.ToDictionary(e => e.Id, e => e.CanonicalName, StringComparer.Ordinal);
            foreach (var q in result.Quotations)
            {
                w.WriteStartObject();
                w.WriteNumber("quote_start", q.Content.Start);
                w.WriteNumber("quote_end", q.Content.End);
                w.WriteString("speaker", names.GetValueOrDefault(q.SpeakerId, q.SpeakerId));
                if (q.SpeakerSpan is { } s)
                {
                    w.WriteNumber("speaker_start", s.Start);
                    w.WriteNumber("speaker_end", s.End);
                }

                w.WriteBoolean("direct", q.Direct);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
