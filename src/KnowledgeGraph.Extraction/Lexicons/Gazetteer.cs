using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Countries, places, organisations, demonyms, titles and person names from the embedded data files, indexed by
/// lower-cased token sequence. Immutable once built, so one instance serves all threads.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer(Lexicon.Load()));

    private readonly Dictionary<string, List<PhraseEntry>> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceRecord> countries = new(StringComparer.Ordinal);
    private readonly FrozenSet<string> firstWords;
    private readonly HashSet<string> organizationNamesWithLowercaseWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> regionsNamedLikeTheirTown = new(StringComparer.Ordinal);

    private Gazetteer(Lexicon lexicon)
    {
        Lexicon = lexicon;
        Names = ReadLines("names.txt").Where(n => !lexicon.Stopwords.Contains(n) && !lexicon.Titles.Contains(n)
            && !lexicon.OrgSuffixes.Contains(n)).ToFrozenSet(AccentInsensitiveComparer.Instance);
        LoadCountries();
        LoadCountryAliases();
        LoadExtraPlaces();
        LoadOrganizations();
        LoadRegions();
        LoadCities();
        foreach (var title in lexicon.Section("titles"))
        {
            Add(title, new PhraseEntry(PhraseKind.Title, null, 0));

            // Capitalised, abbreviated ranks tokenise as single words ("Gen." rather than "gen" + ".").
            var capitalised = string.Join(' ', title.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
            Add(capitalised, new PhraseEntry(PhraseKind.Title, null, 0));
        }

        foreach (var honorific in lexicon.Honorifics)
        {
            Add(honorific, new PhraseEntry(PhraseKind.Honorific, null, 0));
        }

        MaxPhraseTokens = phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        firstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BodyNamesWithLowercaseWords = organizationNamesWithLowercaseWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static Gazetteer Default => Shared.Value;

    public Lexicon Lexicon { get; }

    /// <summary>Given and family names (weak evidence for persons).</summary>
    public FrozenSet<string> Names { get; }

    public int MaxPhraseTokens { get; }

    /// <summary>
    /// First words of the known organisations whose names have a lower-case word inside ("Islamic State of Iraq and
    /// the Levant"): only these can carry a name over such a word.
    /// </summary>
    public FrozenSet<string> BodyNamesWithLowercaseWords { get; }

    public PlaceRecord? Country(string iso2) => countries.GetValueOrDefault(iso2);

    public IEnumerable<string> CountryCodes => countries.Keys;

    /// <summary>Looks up the phrase made of <paramref name="tokens"/>[start..start+count).</summary>
    public IReadOnlyList<PhraseEntry>? Lookup(IReadOnlyList<Token> tokens, int start, int count)
    {
        // Cheap rejection before building the key: most words start no phrase.
        var head = tokens[start].Value;
        if (string.IsNullOrEmpty(head) || !firstWords.Contains(head) && !head.Contains('\u2019', StringComparison.Ordinal))
        {
            return null;
        }

        var key = Key(tokens, start, count);
        if (!phrases.TryGetValue(key, out var list))
        {
            return null;
        }

        // Short all-capital codes ("US", "UK", "AU") must match case exactly.
        if (count == 1 && list.Exists(e => e.ExactSurface is not null))
        {
            var surface = tokens[start].Value;
            var filtered = list.FindAll(e => e.ExactSurface is null || e.ExactSurface == surface);
            return filtered.Count > 0 ? filtered : null;
        }

        return list;
    }

    /// <summary>Whether a place or body is known by this one-word name ("Himalayas").</summary>
    public bool Knows(string word) => phrases.ContainsKey(Normalize(word));

    internal static string Key(IReadOnlyList<Token> tokens, int start, int count)
    {
        if (count == 1)
        {
            return Normalize(tokens[start].Value);
        }

        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = Normalize(tokens[start + i].Value);
        }

        return string.Join(' ', parts);
    }

    private static string Normalize(string value) =>
        value.Replace('\u2019', '\'').ToLowerInvariant();

    private void Add(string phrase, PhraseEntry entry)
    {
        var tokens = Tokenizer.Tokenize(phrase, Lexicon.PeriodWords);
        if (tokens.Count == 0)
        {
            return;
        }

        var key = Key(tokens, 0, tokens.Count);
        if (!phrases.TryGetValue(key, out var list))
        {
            list = [];
            phrases[key] = list;
        }

        if (entry.Kind == PhraseKind.Organization && tokens.Skip(1).Any(t => t.Kind == TokenKind.Word && !t.IsCapitalized))
        {
            organizationNamesWithLowercaseWords.Add(tokens[0].Value);
        }

        if (!list.Any(e => e.Kind == entry.Kind && ReferenceEquals(e.Record, entry.Record)))
        {
            var exact = tokens.Count == 1 && phrase.Length <= 4 && phrase.All(c => !char.IsLetter(c) || char.IsUpper(c))
                ? phrase : null;
            list.Add(entry with { TokenCount = tokens.Count, ExactSurface = exact });
        }
    }

    private bool Known(string phrase) => KnownEntries(phrase) is not null;

    private List<PhraseEntry>? KnownEntries(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase, Lexicon.PeriodWords);
        return tokens.Count > 0 && phrases.TryGetValue(Key(tokens, 0, tokens.Count), out var entries) ? entries : null;
    }

    /// <summary>Whether a first-level region shares its name with a town of its own (Kidal, Idlib), which the name may mean.</summary>
    public bool IsAlsoATown(PlaceRecord region) => regionsNamedLikeTheirTown.Contains(region.Key);

    private bool Ambiguous(string name, bool allowNames = false) =>
        !name.Contains(' ', StringComparison.Ordinal)
        && ((!allowNames && Names.Contains(name)) || Lexicon.Stopwords.Contains(name) || Lexicon.Titles.Contains(name)
            || Lexicon.OrgSuffixes.Contains(name) || Lexicon.GroupNominals.Contains(name));

    private void LoadCountries()
    {
        foreach (var cols in Rows("countries.tsv"))
        {
            var record = new PlaceRecord("iso:" + cols[0], cols[2], EntityType.GeopoliticalEntity,
                new ExternalIds { Iso3166 = cols[0] })
            {
                Capitals = [.. Split(cols[6])],
                CountryCode = cols[0],
                IsCountry = true,
            };
            countries[cols[0]] = record;
            var entry = new PhraseEntry(PhraseKind.Country, record, 0);
            Add(cols[2], entry);
            Add(cols[3], entry);
            foreach (var alt in Split(cols[4]))
            {
                Add(alt, entry);
            }

            // Two-letter codes are no names in running text ("state TV", "IT", "IQ"); the few that are ("US", "UK")
            // come from country-aliases.tsv.
            foreach (var demonym in Split(cols[5]))
            {
                Add(demonym, new PhraseEntry(PhraseKind.Demonym, record, 0));
            }
        }
    }

    private void RemoveOthers(string phrase, PhraseKind kind, PlaceRecord record)
    {
        var tokens = Tokenizer.Tokenize(phrase, Lexicon.PeriodWords);
        if (tokens.Count > 0 && phrases.TryGetValue(Key(tokens, 0, tokens.Count), out var existing))
        {
            existing.RemoveAll(e => e.Kind == kind && e.Record != record);
        }
    }

    private void LoadCountryAliases()
    {
        foreach (var cols in Rows("country-aliases.tsv"))
        {
            if (!countries.TryGetValue(cols[0], out var record))
            {
                continue;
            }

            // Hand-written names and demonyms override shared ones: "Congo" is DR Congo as news writes it, "American"
            // the United States, not a territory.
            foreach (var name in Split(cols[1]))
            {
                RemoveOthers(name, PhraseKind.Country, record);
                Add(name, new PhraseEntry(PhraseKind.Country, record, 0));
            }

            foreach (var demonym in Split(cols.Length > 2 ? cols[2] : ""))
            {
                RemoveOthers(demonym, PhraseKind.Demonym, record);
                Add(demonym, new PhraseEntry(PhraseKind.Demonym, record, 0));
            }
        }
    }

    private void LoadExtraPlaces()
    {
        foreach (var cols in Rows("places-extra.tsv"))
        {
            var type = cols[1] == "LOC" ? EntityType.Location : EntityType.GeopoliticalEntity;
            var record = new PlaceRecord("place:" + cols[0], cols[0], type, new ExternalIds())
            {
                CountryCode = cols.Length > 3 && cols[3].Length > 0 ? cols[3] : null,
                IsFormerState = cols.Length > 5 && cols[5] == "former",
            };
            var entry = new PhraseEntry(PhraseKind.Place, record, 0);
            Add(cols[0], entry);
            foreach (var alt in Split(cols.Length > 2 ? cols[2] : ""))
            {
                Add(alt, entry);
            }

            foreach (var demonym in Split(cols.Length > 4 ? cols[4] : ""))
            {
                Add(demonym, new PhraseEntry(PhraseKind.Demonym, record, 0));
            }
        }
    }

    private void LoadOrganizations()
    {
        foreach (var cols in Rows("organizations.tsv"))
        {
            var record = new PlaceRecord("org:" + cols[0], cols[0], EntityType.Organization, new ExternalIds())
            {
                CountryCode = cols.Length > 2 && cols[2].Length > 0 ? cols[2] : null,
                Kinds = cols.Length > 3 ? [.. Split(cols[3])] : [],
            };
            var entry = new PhraseEntry(PhraseKind.Organization, record, 0);
            Add(cols[0], entry);
            foreach (var alt in Split(cols.Length > 1 ? cols[1] : ""))
            {
                Add(alt, entry);
            }
        }
    }

    private void LoadRegions()
    {
        // English names by code, in file order: the first is the region's name in the graph.
        var exonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cols in Rows("region-exonyms.tsv"))
        {
            if (!Known(cols[0]))
            {
                (exonyms.TryGetValue(cols[1], out var names) ? names : exonyms[cols[1]] = []).Add(cols[0]);
            }
        }

        foreach (var cols in Rows("regions.tsv"))
        {
            var english = cols[2].Length > 0 && exonyms.TryGetValue(cols[2], out var found) ? found : [];
            var localKnown = Ambiguous(cols[0], allowNames: true) || Known(cols[0]);
            if (localKnown && english.Count == 0)
            {
                continue;
            }

            var record = new PlaceRecord("region:" + (cols[2].Length > 0 ? cols[2] : cols[1] + ":" + cols[0]),
                english.Count > 0 ? english[0] : cols[0],
                EntityType.GeopoliticalEntity, new ExternalIds { Iso3166 = cols[2].Length > 0 ? cols[2] : null })
            {
                CountryCode = cols[1],
                IsRegion = true,
            };
            var entry = new PhraseEntry(PhraseKind.Region, record, 0);
            if (!localKnown)
            {
                Add(cols[0], entry);
            }

            foreach (var name in english)
            {
                Add(name, entry);
            }
        }
    }

    private void LoadCities()
    {
        // The most populous city wins a shared name.
        var best = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var cols in Rows("cities.tsv"))
        {
            var population = long.Parse(cols[3], CultureInfo.InvariantCulture);
            if (best.TryGetValue(cols[1], out var other) && long.Parse(other[3], CultureInfo.InvariantCulture) >= population)
            {
                continue;
            }

            best[cols[1]] = cols;
        }

        // Most populous first, so that it also wins a spelling two names share ("Tikrīt" and "Tikrit").
        var byId = new Dictionary<string, PlaceRecord>(StringComparer.Ordinal);
        foreach (var cols in best.Values.OrderByDescending(c => long.Parse(c[3], CultureInfo.InvariantCulture)))
        {
            var name = cols[1];
            var population = long.Parse(cols[3], CultureInfo.InvariantCulture);
            var capital = cols[4] == "PPLC";
            var record = new PlaceRecord("geonames:" + cols[0], name, EntityType.GeopoliticalEntity, new ExternalIds { GeoNames = cols[0] })
            {
                CountryCode = cols[2],
                Population = population,
            };
            byId[cols[0]] = record;
            foreach (var spelling in Spellings(name))
            {
                // A city that shares its name with a word stands for the city only when it is a capital or a large one;
                // one that is also a person's name, when it has at least a quarter of a million people ("Florence",
                // "Lyon"): "Florence Parly" stays a person, as a name after it shows.
                var word = !spelling.Contains(' ', StringComparison.Ordinal) && Ambiguous(spelling, allowNames: true);
                var personName = !spelling.Contains(' ', StringComparison.Ordinal) && Names.Contains(spelling);
                if (word && !(capital && !Lexicon.Stopwords.Contains(spelling)) && population < 1_000_000
                    || personName && !capital && population < 250_000)
                {
                    continue;
                }

                if (Known(spelling))
                {
                    // "Kidal", "Idlib", "Aleppo": a province named after its town stands for the town too ("the town").
                    if (KnownEntries(spelling)?.FirstOrDefault(e => e.Kind == PhraseKind.Region)?.Record is { } region
                        && region.CountryCode == record.CountryCode)
                    {
                        regionsNamedLikeTheirTown.Add(region.Key);
                    }

                    continue;
                }

                Add(spelling, new PhraseEntry(PhraseKind.City, record, 0));
            }
        }

        foreach (var cols in Rows("city-exonyms.tsv"))
        {
            if (byId.TryGetValue(cols[1], out var city) && !Known(cols[0]))
            {
                Add(cols[0], new PhraseEntry(PhraseKind.City, city, 0));
            }
        }
    }

    private static readonly string[] ArabicArticles = ["Al ", "Ar ", "As ", "Ash ", "Ad ", "Adh ", "An ", "Az ", "At ", "Ath ", "Aş ", "Aţ ", "Aḑ ", "Az̧ "];

    /// <summary>
    /// How news writes a GeoNames name: as given ("Al Fallūjah"), without its diacritics ("Al Fallujah"), and without
    /// the Arabic article that transliterations keep ("Fallujah", "Raqqah") when enough of a name is left.
    /// </summary>
    internal static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        // Marks news in English leaves off: transliterations' macrons and dots, and most accents ("Zurich", "Bogota").
        var plain = Fold(name);
        if (plain.Length >= 5 && plain != name)
        {
            yield return plain;
        }

        foreach (var article in ArabicArticles)
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length - article.Length >= 5 && !name[article.Length..].Contains(' ', StringComparison.Ordinal))
            {
                yield return Fold(name[article.Length..]);
                break;
            }
        }
    }

    // Latin letters without their marks; the ayn and hamza signs of transliterations dropped, and the apostrophe of
    // an ejective or a soft sign, which news leaves off ("Debre Mark’os" is written "Debre Markos", "Tobol’sk" "Tobolsk").
    private static string Fold(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\u2018' or '\u2019' or '\u02BF' or '\u02BE'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> ReadLines(string file)
    {
        foreach (var raw in Lexicon.ResourceText(file).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string[]> Rows(string file) => ReadLines(file).Select(l => l.Split('\t'));
}
