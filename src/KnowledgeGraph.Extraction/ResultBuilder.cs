using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>Turns the working state of one article into the public facts, with stable per-article entity ids.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(Document doc, List<RoleItem> roles, List<QuoteItem> quotes, List<ControlItem> controls,
        List<string> warnings, double minConfidence)
    {
        var ids = new Dictionary<EntityInfo, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<Entity>();
        var merged = MergeBareBodies(doc);
        foreach (var e in doc.Entities.OrderBy(e => e.FirstToken))
        {
            // An unnamed person known by a capitalised title ("the Foreign Secretary") is one particular office holder
            // and kept; other descriptions ("a local physician") only when they take part in a fact.
            var keptNominal = e.Participates || e.Mentions.Any(m => m.Kind == MentionKind.Title);
            if (e.Mentions.Count == 0 && !e.Participates || e.IsNominal && !keptNominal || e.Confidence < minConfidence)
            {
                continue;
            }

            var mentions = e.Mentions.Where(m => !doc.IsExcluded(m.Start, m.End) || e.Participates).OrderBy(m => m.Start).ToList();
            // A demonym alone ("English teacher", "African troops") names a country entity, not a region or continent.
            // A place named only in compounds is kept where a body is based there ("a Washington-based think tank").
            if (mentions.Count == 0 && !e.Participates || mentions.Count > 0 && mentions.All(m => m.Adjectival || m.Kind == MentionKind.Pronoun) && e.Record is not ({ IsCountry: true } or { IsFormerState: true }) && !e.Participates
                && !mentions.Any(m => m.Adjectival && doc.Tokens[m.FirstToken].Value.EndsWith("-based", StringComparison.Ordinal))
                // "al-Qaeda-linked JNIM": a body named in a compound that says who leads or backs another is a party.
                && !(e.Type == EntityType.Organization && mentions.Any(m => m.Adjectival && NominalResolver.IsLedOrBacked(doc.Tokens[m.FirstToken].Value))))
            {
                continue;
            }

            var id = Slug(e.Name);
            var n = 2;
            var candidate = id;
            while (!used.Add(candidate))
            {
                candidate = id + "_" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }

            ids[e] = candidate;
            var name = CanonicalName(doc, e, mentions);
            var aliases = mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => doc.Text[m.Start..m.End])
                .Concat(WithKindOfPlace(doc, e, mentions)).Concat(WithKindOfSite(doc, e, mentions)).Concat(AsDescribed(doc, e, mentions))
                .Concat(WithoutCountry(doc, e, mentions)).Concat(WithPlaceServed(doc, e, mentions)).Where(s => s != name).Distinct(StringComparer.Ordinal).ToList();
            entities.Add(new Entity
            {
                Id = candidate,
                Type = e.Type,
                CanonicalName = name,
                Aliases = aliases,
                Mentions = mentions.Select(m => new Mention(new TextSpan(m.Start, m.End), doc.Text[m.Start..m.End], m.Kind, m.Confidence)
                {
                    IsAdjectival = m.Adjectival,
                    FullSpan = m.FullStart >= 0 && m.FullStart < m.Start ? new TextSpan(m.FullStart, m.End) : null,
                }).ToList(),
                ExternalIds = e.Record?.Ids ?? new ExternalIds(),
                Confidence = Math.Round(e.Confidence, 3),
            });
        }

        foreach (var (bare, body) in merged)
        {
            if (ids.TryGetValue(body, out var bodyId))
            {
                ids[bare] = bodyId;
            }
        }

        var quotations = quotes.Where(q => ids.ContainsKey(q.Speaker) && q.Confidence >= minConfidence && q.ContentEnd > q.ContentStart)
            .Select(q => new Quotation
            {
                SpeakerId = ids[q.Speaker],
                Content = new TextSpan(q.ContentStart, q.ContentEnd),
                Direct = q.Direct,
                Cue = q.Cue,
                CueSpan = q.CueStart >= 0 && q.CueEnd > q.CueStart ? new TextSpan(q.CueStart, q.CueEnd) : null,
                SpeakerSpan = q.SpeakerStart >= 0 && q.SpeakerEnd > q.SpeakerStart ? new TextSpan(q.SpeakerStart, q.SpeakerEnd) : null,
                AddresseeId = q.Addressee is not null && ids.TryGetValue(q.Addressee, out var a) ? a : null,
                Evidence = new TextSpan(Math.Min(q.EvidenceStart, q.ContentStart), Math.Max(q.EvidenceEnd, q.ContentEnd)),
                Confidence = q.Confidence,
            }).ToList();

        var controlFacts = controls.Where(c => ids.ContainsKey(c.Party) && ids.ContainsKey(c.Place) && c.Confidence >= minConfidence)
            .Select(c =>
            {
                var timeText = c.TimeStart >= 0 ? doc.Text[c.TimeStart..c.TimeEnd] : null;
                return new ControlFact
                {
                    PartyId = ids[c.Party],
                    PlaceId = ids[c.Place],
                    Status = c.Status,
                    TimeText = timeText,
                    TimeSpan = c.TimeStart >= 0 ? new TextSpan(c.TimeStart, c.TimeEnd) : null,
                    NormalizedTime = timeText is null ? null : TimeNormalizer.Normalize(timeText, doc.Article.Date),
                    AssertedById = c.AssertedBy is not null && ids.TryGetValue(c.AssertedBy, out var s) ? s : null,
                    Evidence = new TextSpan(c.Start, c.End),
                    Confidence = c.Confidence,
                };
            }).ToList();

        var roleFacts = roles.Where(r => ids.ContainsKey(r.Person) && r.Confidence >= minConfidence)
            .Select(r => new RoleFact
            {
                PersonId = ids[r.Person],
                Role = r.Role,
                OfId = r.Of is not null && ids.TryGetValue(r.Of, out var o) ? o : null,
                Evidence = new TextSpan(r.Start, r.End),
                Confidence = r.Confidence,
            }).ToList();

        return new ExtractionResult
        {
            Article = doc.Article,
            ExtractorVersion = NewsExtractor.Version,
            Sentences = doc.Sentences.Select(s => new TextSpan(s.Start, s.End)).ToList(),
            Entities = entities,
            Quotations = quotations,
            Controls = controlFacts,
            Roles = roleFacts,
            Warnings = warnings,
        };
    }

    // "Kosovo police regained control ... police said": the police, met before the article's one police force named
    // with its country, are that force. Their mentions and facts move there. (Not "the army": an article may name
    // one country's army and mean another's.)
    private static List<(EntityInfo Bare, EntityInfo Body)> MergeBareBodies(Document doc)
    {
        var merged = new List<(EntityInfo, EntityInfo)>();
        foreach (var bare in doc.Entities.Where(e => e is { Type: EntityType.Organization, IsNominal: true, Country: null, Head: "police" }
            && string.Equals(e.Name, "police", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var bodies = doc.Entities.Where(e => e != bare && e is { Type: EntityType.Organization, IsNominal: true, Country: not null }
                && string.Equals(e.Head, bare.Head, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            if (bodies is not [var body])
            {
                continue;
            }

            body.Mentions.AddRange(bare.Mentions.Select(m => m with { Entity = body }));
            body.Participates |= bare.Participates;
            bare.Mentions.Clear();
            doc.Entities.Remove(bare);
            merged.Add((bare, body));
        }

        return merged;
    }

    // An unnamed person, group or body is known by the whole description the article gives: "a Moroccan military source
    // who asked not to be named", "Another resident", "His lawyer", "Fishermen from the coastal province of Zambales".
    private static IEnumerable<string> AsDescribed(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        if (!e.IsNominal || e.Type is not (EntityType.Person or EntityType.Group or EntityType.Organization))
        {
            yield break;
        }

        foreach (var m in mentions.Where(m => m.Kind != MentionKind.Pronoun && !m.Adjectival))
        {
            var first = m.FirstToken;
            while (first > 0 && m.FirstToken - first < 2 && DescriptionOpeners.Contains(doc.Tokens[first - 1].Value)
                && doc.MentionAt[first - 1] is null)
            {
                first--;
            }

            var opening = doc.Tokens[first].Start;
            if (first < m.FirstToken)
            {
                yield return doc.Text[opening..m.End];
            }

            // With the place, and with the place and the relative clause after it.
            var previous = m.EndToken;
            for (var end = PostModifierEnd(doc, m.EndToken); end > previous; end = doc.IsWord(end, "who") ? PostModifierEnd(doc, end) : end)
            {
                yield return doc.Text[m.Start..doc.Tokens[end - 1].End];
                yield return doc.Text[opening..doc.Tokens[end - 1].End];
                previous = end;
            }
        }
    }

    // Words that open a description of people before its head: "a", "another", "his", "some", "local", "three".
    private static readonly HashSet<string> DescriptionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "one", "another", "some", "several", "many", "few", "other", "his", "her", "their", "its", "our", "local",
        "senior", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
    };

    // Where a description's place or relative clause after its head ends ("in Poonch", "at the Jaramogi Oginga Odinga
    // Teaching and Referral Hospital", "who asked not to be named"), or head when none follows.
    private static int PostModifierEnd(Document doc, int head)
    {
        var t = doc.TokenAt(head);
        var relative = t.Value is "who";
        if (!relative && t.Value is not ("in" or "at" or "from" or "near" or "inside" or "on" or "for" or "of" or "with"))
        {
            return head;
        }

        // Not a time: "fighters in November", "residents on Monday".
        if (!relative && (doc.TokenAt(head + 1).Kind == TokenKind.Number || Text.Calendar.IsMonth(doc.TokenAt(head + 1).Value)
            || Text.Calendar.IsWeekday(doc.TokenAt(head + 1).Value)))
        {
            return head;
        }

        var end = head + 1;
        while (end < doc.Tokens.Count && end - head < 12 && doc.SentenceOf[end] == doc.SentenceOf[head]
            && doc.Tokens[end].Kind == TokenKind.Word && !doc.Tokens[end].Is("who")
            && !(end - head >= 2 && doc.Tokens[end].Value is "also" or "later" or "then" or "still" or "now" or "earlier" or "on" or "last" or "this")
            && !(end - head >= 2 && !doc.Tokens[end].IsCapitalized && doc.Lexicon.Cues.ContainsKey(doc.Tokens[end].Value))
            && !(!relative && doc.Tokens[end].Value is "said" or "says" or "told" or "and"))
        {
            end++;
        }

        // (A relative clause may follow the place: "A local official in Maqbanah who asked not to be named".)
        return end - head >= 2 && (doc.TokenAt(end).Kind != TokenKind.Word || doc.IsWord(end, "who")) || doc.Lexicon.Cues.ContainsKey(doc.TokenAt(end).Value)
            ? end : head;
    }

    // "Sudan's foreign ministry" is also "foreign ministry", "the ELN's Northeastern War Front" the "Northeastern War
    // Front": a body named after its country or parent body is known by its own name.
    private static IEnumerable<string> WithoutCountry(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        if (e.Type != EntityType.Organization)
        {
            yield break;
        }

        foreach (var m in mentions.Where(m => m.Kind != MentionKind.Pronoun))
        {
            var possessive = m.FirstToken + 1;
            while (possessive < m.EndToken - 1 && doc.Tokens[possessive].Value is not ("'s" or "\u2019s"))
            {
                possessive++;
            }

            // A name of its own after the possessive, or a country's body in lower case ("Sudan's foreign ministry").
            if (possessive < m.EndToken - 1 && (doc.Tokens[possessive + 1].IsCapitalized || possessive == m.FirstToken + 1
                && doc.Gazetteer.Lookup(doc.Tokens, m.FirstToken, 1)?.Any(r => r.Record is { IsCountry: true }) == true))
            {
                yield return doc.Text[doc.Tokens[possessive + 1].Start..m.End];
            }
        }
    }

    // "the United Nations Military Observer Group in India and Pakistan", "the Office for Kosovo and Metohija", "Amnesty
    // International Kenya": a body's name may go on with the places it serves, which the article names as places.
    private static IEnumerable<string> WithPlaceServed(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        if (e.Type != EntityType.Organization || e.IsNominal)
        {
            yield break;
        }

        foreach (var m in mentions.Where(m => m is { Kind: MentionKind.Name, Adjectival: false }))
        {
            var k = doc.TokenAt(m.EndToken).Value is "in" or "for" or "on" ? m.EndToken + 1 : m.EndToken;
            k = doc.IsWord(k, "the") && k > m.EndToken ? k + 1 : k;
            var end = -1;
            while (k >= 0 && k < doc.Tokens.Count
                && doc.MentionAt[k] is { Adjectival: false, Entity.Type: EntityType.GeopoliticalEntity or EntityType.Location } place
                && place.FirstToken == k)
            {
                end = place.EndToken;
                k = doc.IsWord(end, "and") ? end + 1 : -1;
            }

            if (end > m.EndToken && doc.TokenAt(end).Value is not ("'s" or "\u2019s"))
            {
                yield return doc.Text[m.Start..doc.Tokens[end - 1].End];
            }
        }
    }

    // "Kavumu airport", "the Zamzam camp": a place the article names with the kind of site or feature after it every
    // time is known by both. (Not "Rafah" and "the Rafah crossing": the town and the crossing are two places.)
    private static IEnumerable<string> WithKindOfSite(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        var names = mentions.Where(m => m is { Kind: MentionKind.Name, Adjectival: false }).ToList();
        if (e.Type is not (EntityType.GeopoliticalEntity or EntityType.Location) || names.Count == 0
            || !names.All(m => doc.TokenAt(m.EndToken) is { Kind: TokenKind.Word } kind && SiteKinds.Contains(kind.Value.ToLowerInvariant())
                && !doc.IsWord(m.EndToken + 1, "of")))
        {
            return [];
        }

        return names.Select(m => doc.Text[m.Start..doc.Tokens[m.EndToken].End]);
    }

    private static readonly HashSet<string> SiteKinds = new(StringComparer.Ordinal)
    {
        "airport", "airbase", "airfield", "base", "camp", "crossing", "corridor", "bridge", "dam", "hill", "hills", "peninsula",
        "islets", "island", "valley", "sector", "division", "temple", "depot", "checkpoint", "port", "mountains", "plateau",
    };

    // "Soum province", "the Akhalgori district": a place the article names with its kind every time is known by both.
    // (Not "Kidal" and once "the Kidal region": the town and the region may be two places.)
    private static IEnumerable<string> WithKindOfPlace(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        var names = mentions.Where(m => m is { Kind: MentionKind.Name, Adjectival: false }).ToList();
        if (e.Type is not (EntityType.GeopoliticalEntity or EntityType.Location) || names.Count == 0
            || !names.All(m => doc.TokenAt(m.EndToken) is { Kind: TokenKind.Word, IsCapitalized: false } kind && AdministrativeKinds.Contains(kind.Value)
                && !doc.IsWord(m.EndToken + 1, "of")))
        {
            return [];
        }

        return names.Select(m => doc.Text[m.Start..doc.Tokens[m.EndToken].End]);
    }

    private static readonly HashSet<string> AdministrativeKinds = new(StringComparer.Ordinal)
    {
        "province", "district", "state", "region", "territory", "county", "governorate", "oblast", "municipality", "prefecture",
    };
    private static string CanonicalName(Document doc, EntityInfo e, List<MentionInfo> mentions)
    {
        // A city as the article spells it ("Tikrit", "Raqqah"), not as its transliteration in GeoNames ("Tikrīt",
        // "Ar Raqqah"); the GeoNames id keeps its identity.
        if (e.Record is { IsCountry: false, Ids.GeoNames: not null })
        {
            // A dateline's capitals ("GENEVA -") as the name is written in a sentence ("Geneva").
            var written = mentions.Where(m => !m.Adjectival && m.Kind == MentionKind.Name).Select(m => doc.Text[m.Start..m.End])
                .Select(w => w.Any(char.IsLower) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())).ToList();
            if (written.Count > 0 && !written.Contains(e.Name, StringComparer.Ordinal))
            {
                return written.GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            }
        }

        if (e.Record is not null || e.IsNominal)
        {
            return e.Name;
        }

        // The longest name mention ("Ilham Aliyev" over "Aliyev"), as a sentence writes it rather than a dateline
        // ("Baghouz" over "BAGHOUZ").
        return mentions.Where(m => !m.Adjectival && m.Kind == MentionKind.Name).Select(m => doc.Text[m.Start..m.End])
            .OrderByDescending(s => s.Length).ThenByDescending(s => s.Any(char.IsLower)).FirstOrDefault() ?? e.Name;
    }

    internal static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        var s = sb.ToString().Trim('_');
        return s.Length == 0 ? "entity" : s;
    }
}
