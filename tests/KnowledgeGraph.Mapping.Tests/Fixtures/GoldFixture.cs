using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Facts;

namespace KnowledgeGraph.Mapping.Tests.Fixtures;

/// <summary>
/// Hand-made extraction results that mirror the relation gold of shared/eval/relations-dev: the gold's substrings
/// are located in the text, aliases become name mentions, and a few entities get the Wikidata links a linker would
/// give. It stands in for the real extractor's output in mapping tests.
/// </summary>
internal static partial class GoldFixture
{
    public const string ExtractorVersion = "gold-fixture-1";

    // Links a linker would add (Wikidata item, ISO 3166-1 code), so fixtures cover linked and unlinked keys.
    private static readonly Dictionary<string, ExternalIds> Links = new(StringComparer.Ordinal)
    {
        ["azerbaijan"] = new() { Wikidata = "Q227", Iso3166 = "AZ" },
        ["armenia"] = new() { Wikidata = "Q399", Iso3166 = "AM" },
        ["reuters"] = new() { Wikidata = "Q130879" },
    };

    public static ExtractionResult Load(string name)
    {
        string path = Path.Combine(RepositoryPaths.RelationsDev, name + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return FromGold(doc.RootElement);
    }

    public static ExtractionResult FromGold(JsonElement gold)
    {
        string text = gold.GetProperty("text").GetString()!;
        var sentences = Sentences(text);
        var entities = Entities(gold, text);
        return new ExtractionResult
        {
            Article = new Article
            {
                Id = gold.GetProperty("id").GetString()!,
                Text = text,
                Title = gold.GetProperty("title").GetString(),
                Date = DateOnly.ParseExact(gold.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Url = gold.GetProperty("source_url").GetString() is { } u && u.StartsWith("http", StringComparison.Ordinal) ? u : null,
                Language = "en",
                Origin = "/somewhere/on/this/machine/" + gold.GetProperty("id").GetString(),
            },
            ExtractorVersion = ExtractorVersion,
            Sentences = sentences,
            Entities = entities,
            Quotations = [.. gold.GetProperty("quotes").EnumerateArray().Select(q => Quote(q, text, sentences, entities))],
            Controls = [.. gold.GetProperty("control").EnumerateArray().Select(c => Control(c, text))],
            Roles = [.. gold.GetProperty("roles").EnumerateArray().Select(r => Role(r, text))],
        };
    }

    /// <summary>Paragraphs, split after ., ? or ! (and a closing quote) when a capital or an opening quote follows.</summary>
    public static List<TextSpan> Sentences(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        void Emit(int end)
        {
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                spans.Add(new TextSpan(s, e));
            }

            start = end;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Emit(i);
            }
            else if (text[i] is '.' or '?' or '!')
            {
                int j = i + 1;
                if (j < text.Length && text[j] == '"')
                {
                    j++;
                }

                if (j + 1 < text.Length && text[j] == ' ' && (char.IsUpper(text[j + 1]) || text[j + 1] == '"'))
                {
                    Emit(j);
                }
            }
        }

        Emit(text.Length);
        return spans;
    }

    private static List<Entity> Entities(JsonElement gold, string text)
    {
        var raw = gold.GetProperty("entities").EnumerateArray().Select(e => (
            Id: e.GetProperty("id").GetString()!,
            Type: e.GetProperty("type").GetString()!,
            Name: e.GetProperty("name").GetString()!,
            Aliases: e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList())).ToList();

        // Longest surface forms first, so "Nagorno-Karabakh" is not also read as "Karabakh".
        var taken = new List<TextSpan>();
        var mentions = raw.ToDictionary(r => r.Id, _ => new List<Mention>(), StringComparer.Ordinal);
        foreach (var (id, form) in raw.SelectMany(r => r.Aliases.Append(r.Name).Distinct().Select(a => (r.Id, a))).OrderByDescending(x => x.a.Length))
        {
            foreach (Match m in Regex.Matches(text, @"\b" + Regex.Escape(form) + @"\b"))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (!taken.Any(t => t.Overlaps(span)))
                {
                    taken.Add(span);
                    mentions[id].Add(new Mention(span, m.Value, MentionKind.Name, 0.9));
                }
            }
        }

        return [.. raw.Select(r => new Entity
        {
            Id = r.Id,
            Type = r.Type switch
            {
                "PERSON" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "GPE" => EntityType.GeopoliticalEntity,
                "LOC" => EntityType.Location,
                _ => EntityType.Group,
            },
            CanonicalName = r.Name,
            Aliases = [.. r.Aliases.Where(a => a != r.Name)],
            Mentions = [.. mentions[r.Id].OrderBy(m => m.Span.Start)],
            ExternalIds = Links.GetValueOrDefault(r.Id) ?? new ExternalIds(),
        })];
    }

    private static Quotation Quote(JsonElement q, string text, List<TextSpan> sentences, List<Entity> entities)
    {
        var content = Find(text, q.GetProperty("content").GetString()!);
        var evidence = Cover(sentences, content);
        string cue = q.GetProperty("cue").GetString()!;
        string speakerId = q.GetProperty("speaker").GetString()!;

        // The cue and speaker mention nearest the content, outside it, inside the evidence sentences.
        var cueSpan = Occurrences(text, cue, evidence).Where(s => !s.Overlaps(content)).OrderBy(s => Distance(s, content)).Cast<TextSpan?>().FirstOrDefault();
        var speakerSpan = entities.Single(e => e.Id == speakerId).Mentions.Select(m => m.Span)
            .Where(s => evidence.Contains(s) && !content.Contains(s)).OrderBy(s => Distance(s, content)).Cast<TextSpan?>().FirstOrDefault();
        return new Quotation
        {
            SpeakerId = speakerId,
            Content = content,
            Direct = q.GetProperty("direct").GetBoolean(),
            Cue = cue,
            CueSpan = cueSpan,
            SpeakerSpan = speakerSpan,
            AddresseeId = q.GetProperty("addressee").ValueKind == JsonValueKind.String ? q.GetProperty("addressee").GetString() : null,
            Evidence = evidence,
            Confidence = q.GetProperty("direct").GetBoolean() ? 0.93 : 0.86,
        };
    }

    private static ControlFact Control(JsonElement c, string text)
    {
        var evidence = Find(text, c.GetProperty("evidence").GetString()!);
        string? time = c.GetProperty("time").ValueKind == JsonValueKind.String ? c.GetProperty("time").GetString() : null;
        return new ControlFact
        {
            PartyId = c.GetProperty("party").GetString()!,
            PlaceId = c.GetProperty("place").GetString()!,
            Status = c.GetProperty("status").GetString() switch
            {
                "controls" => ControlStatus.Controls,
                "claims" => ControlStatus.Claims,
                "captured" => ControlStatus.Captured,
                "lost" => ControlStatus.Lost,
                "recaptured" => ControlStatus.Recaptured,
                "de_facto" => ControlStatus.DeFacto,
                "besieges" => ControlStatus.Besieges,
                _ => ControlStatus.PartOf,
            },
            TimeText = time,
            TimeSpan = time is null ? null : Occurrences(text, time, evidence).First(),
            NormalizedTime = time is null ? null : Normalize(time),
            Evidence = evidence,
            Confidence = 0.74,
        };
    }

    private static RoleFact Role(JsonElement r, string text) => new()
    {
        PersonId = r.GetProperty("person").GetString()!,
        Role = r.GetProperty("role").GetString()!,
        OfId = r.GetProperty("of").ValueKind == JsonValueKind.String ? r.GetProperty("of").GetString() : null,
        Evidence = Find(text, r.GetProperty("evidence").GetString()!),
        Confidence = 0.9,
    };

    /// <summary>"the 1990s" → "199" (ISO 8601 decade), "in 2001" → "2001".</summary>
    private static string? Normalize(string time)
    {
        if (DecadeRegex().Match(time) is { Success: true } d)
        {
            return d.Groups[1].Value;
        }

        return YearRegex().Match(time) is { Success: true } y ? y.Value : null;
    }

    private static TextSpan Find(string text, string value)
    {
        int i = text.IndexOf(value, StringComparison.Ordinal);
        return i >= 0 ? new TextSpan(i, i + value.Length) : throw new InvalidOperationException("Not in the text: " + value);
    }

    private static IEnumerable<TextSpan> Occurrences(string text, string value, TextSpan within)
    {
        for (int i = text.IndexOf(value, within.Start, StringComparison.Ordinal); i >= 0 && i + value.Length <= within.End;
             i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return new TextSpan(i, i + value.Length);
        }
    }

    private static TextSpan Cover(List<TextSpan> sentences, TextSpan span)
    {
        var overlapping = sentences.Where(s => s.Overlaps(span)).ToList();
        return overlapping.Count == 0 ? span : new TextSpan(overlapping[0].Start, overlapping[^1].End);
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start - b.End;

    [GeneratedRegex(@"\b(\d{3})0s\b")]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearRegex();
}
