using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Extraction.Output;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as one JSON document in the relation-evaluation schema: entities (id,
/// type PERSON|ORG|GPE|LOC|GROUP, name, aliases, mentions as offsets), quotes, control and roles, with spans as
/// <c>{"start","end"}</c> UTF-16 offsets and a confidence on every fact.
/// </summary>
public static class FactsJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ExtractionResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(stream, Options);
        var article = result.Article;
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        if (article.Title is not null)
        {
            w.WriteString("title", article.Title);
        }

        if (article.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (article.Url is not null)
        {
            w.WriteString("source_url", article.Url);
        }

        w.WriteString("extractor", result.ExtractorVersion);
        w.WriteStartArray("entities");
        foreach (var e in result.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", TypeName(e.Type));
            w.WriteString("name", e.CanonicalName);
            w.WriteStartArray("aliases");
            foreach (var a in e.Aliases)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", m.Text);
                w.WriteString("kind", m.IsAdjectival ? "adjective" : m.Kind.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (!e.ExternalIds.IsEmpty)
            {
                w.WriteStartObject("external_ids");
                WriteOptional(w, "wikidata", e.ExternalIds.Wikidata);
                WriteOptional(w, "geonames", e.ExternalIds.GeoNames);
                WriteOptional(w, "iso3166", e.ExternalIds.Iso3166);
                w.WriteEndObject();
            }

            w.WriteNumber("confidence", e.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in result.Quotations)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.SpeakerId);
            WriteSpan(w, "content", q.Content, article.Text);
            w.WriteBoolean("direct", q.Direct);
            w.WriteString("cue", q.Cue);
            WriteOptional(w, "addressee", q.AddresseeId, writeNull: true);
            WriteSpan(w, "evidence", q.Evidence, article.Text);
            w.WriteNumber("confidence", q.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("control");
        foreach (var c in result.Controls)
        {
            w.WriteStartObject();
            w.WriteString("party", c.PartyId);
            w.WriteString("place", c.PlaceId);
            w.WriteString("status", StatusName(c.Status));
            WriteOptional(w, "time", c.TimeText, writeNull: true);
            WriteOptional(w, "time_normalized", c.NormalizedTime);
            WriteOptional(w, "asserted_by", c.AssertedById);
            WriteSpan(w, "evidence", c.Evidence, article.Text);
            w.WriteNumber("confidence", c.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("roles");
        foreach (var r in result.Roles)
        {
            w.WriteStartObject();
            w.WriteString("person", r.PersonId);
            w.WriteString("role", r.Role);
            WriteOptional(w, "of", r.OfId, writeNull: true);
            WriteSpan(w, "evidence", r.Evidence, article.Text);
            w.WriteNumber("confidence", r.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeopoliticalEntity => "GPE",
        EntityType.Location => "LOC",
        _ => "GROUP",
    };

    public static string StatusName(ControlStatus status) => status switch
    {
        ControlStatus.Controls => "controls",
        ControlStatus.Claims => "claims",
        ControlStatus.Captured => "captured",
        ControlStatus.Lost => "lost",
        ControlStatus.Recaptured => "recaptured",
        ControlStatus.DeFacto => "de_facto",
        ControlStatus.Besieges => "besieges",
        _ => "part_of",
    };

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span, string text)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", span.Of(text));
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value, bool writeNull = false)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
        else if (writeNull)
        {
            w.WriteNull(name);
        }
    }
}
