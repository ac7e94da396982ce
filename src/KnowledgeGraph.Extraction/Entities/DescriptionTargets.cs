using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the named entity a description points to: the person whose role has the description's head noun ("the
/// spokesman"), or the organisation a "country + army/government" description stands for.
/// </summary>
internal sealed class DescriptionTargets(Document doc)
{
    private static readonly HashSet<string> ArmyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "military", "forces", "troops", "command", "soldiers",
    };

    /// <summary>
    /// The article's organisation that a description with this head noun and country refers to; its other words
    /// (<paramref name="modifiers"/>: "police" in "the police force") must be in that organisation's name.
    /// </summary>
    public EntityInfo? OrganizationFor(EntityInfo? country, string head, IReadOnlyCollection<string>? modifiers = null, int before = int.MaxValue)
    {
        var army = ArmyHeads.Contains(head);
        if (country is not null && army && NamedArmedForceOf(country) is { } named)
        {
            return named;
        }

        var candidates = doc.Entities.Where(e => e.Type == EntityType.Organization && e.IsNominal && e.Head is not null
            && (string.Equals(e.Head, head, StringComparison.OrdinalIgnoreCase) || army && ArmyHeads.Contains(e.Head))
            && (country is null || e.Country == country)).ToList();
        if (candidates.Count == 0 && country is null)
        {
            // "The ministry" after "the Foreign Ministry", "the court" after "the Supreme Court": the one named body
            // whose name ends with the word; or opens with it, as in "the Ministry of Defence".
            candidates = doc.Entities.Where(e => e.Type == EntityType.Organization && !e.IsNominal
                && (e.Name.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase) || NamedAsKindOf(e.Name, head))
                && e.Mentions.Any(m => m.FirstToken < before)).ToList();
        }

        if (modifiers is { Count: > 0 })
        {
            candidates = candidates.Where(c => modifiers.All(m => m is "'s" or "\u2019s" || c.Name.Contains(m, StringComparison.OrdinalIgnoreCase))).ToList();
        }
        else if (candidates.Count == 0 && country is null && army)
        {
            // "The army recaptured Wad Madani" after "the Sudanese Armed Forces": the one state's armed force the
            // article has named before, if it names only one.
            candidates = doc.Entities.Where(e => IsStateArmedForce(e) && CountryOfArmedForce(e) is not null
                && e.Mentions.Any(m => m.FirstToken < before)).ToList();
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    // A named armed force of the country ("Israel Defense Forces" for "the Israeli army", "Sudanese Armed Forces");
    // not an armed group named after it ("Myanmar National Democratic Alliance Army", "Free Syrian Army").
    private EntityInfo? NamedArmedForceOf(EntityInfo country) =>
        doc.Entities.FirstOrDefault(e => IsStateArmedForce(e)
            && (e.Name.Contains(country.Name, StringComparison.Ordinal) || country.Record is { } record && CountryOfArmedForce(e) == record));

    // "Ethiopian National Defense Force" and "Uganda People's Defence Force" are a state's, whatever their other words;
    // so are "the Armed Forces of the Philippines" and "the Armed Forces of the Democratic Republic of the Congo".
    private static bool IsStateArmedForce(EntityInfo e) =>
        e.Type == EntityType.Organization && !e.IsNominal
        && (e.Name.EndsWith(" Defense Force", StringComparison.Ordinal) || e.Name.EndsWith(" Defence Force", StringComparison.Ordinal)
            || ForceOfACountry(e.Name) is not null
            || (e.Name.EndsWith("Forces", StringComparison.Ordinal) || e.Name.EndsWith("Army", StringComparison.Ordinal))
                && !e.Name.Split(' ').Any(InsurgentWords.Contains));

    // The country an armed force's name opens with ("Sudanese Armed Forces") or ends with ("Armed Forces of Ukraine").
    public PlaceRecord? CountryOfArmedForce(EntityInfo e) =>
        ForceOfACountry(e.Name) is { } country ? CountryNamed(country) : CountryNamed(e.Name.Split(' ')[0]);

    // The words after "Armed Forces of" or "Defence Forces of", without "the"; null for other names.
    private static string? ForceOfACountry(string name)
    {
        foreach (var opening in ForceOpenings)
        {
            if (name.StartsWith(opening, StringComparison.Ordinal))
            {
                var rest = name[opening.Length..];
                return rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
            }
        }

        return null;
    }

    private static readonly string[] ForceOpenings = ["Armed Forces of ", "Defence Forces of ", "Defense Forces of "];

    // "Sudanese", "Israel": a country's name or demonym.
    private bool NamesACountry(string word) => CountryNamed(word) is not null;

    // The country that the words name ("Sudanese", "Ukraine", "Democratic Republic of the Congo"), if they name one.
    private PlaceRecord? CountryNamed(string words)
    {
        var tokens = Tokenizer.Tokenize(words, doc.Lexicon.PeriodWords);
        return tokens.Count is > 0 and <= 8
            ? doc.Gazetteer.Lookup(tokens, 0, tokens.Count)?.Select(e => e.Record).FirstOrDefault(r => r is { IsCountry: true })
            : null;
    }

    // Words in the names of armed groups that fight a state rather than serve it.
    private static readonly HashSet<string> InsurgentWords = new(StringComparer.Ordinal)
    {
        "Alliance", "Liberation", "Independence", "Free", "Democratic", "Resistance", "Revolutionary", "Islamic", "People's", "Salvation",
    };

    // The kinds of body a description's head noun may stand for.
    private static readonly Dictionary<string, string[]> KindsOfHead = BuildKindsOfHead();

    private static Dictionary<string, string[]> BuildKindsOfHead()
    {
        string[] armed = ["group", "militia", "movement", "faction"];
        string[] companies = ["company", "firm", "giant", "maker", "manufacturer", "producer", "bank", "lender", "insurer", "retailer",
            "airline", "carrier", "carmaker", "automaker", "conglomerate", "operator", "startup", "utility"];
        var kinds = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["bloc"] = ["bloc"],
            ["alliance"] = ["alliance"],
            ["organisation"] = ["organisation", "organization", "group", "movement", "charity", "agency", "body"],
            ["organization"] = ["organisation", "organization", "group", "movement", "charity", "agency", "body"],
            ["bank"] = ["bank", "lender"],
            ["lender"] = ["bank", "lender"],
            ["airline"] = ["airline", "carrier"],
            ["carrier"] = ["airline", "carrier"],
            ["carmaker"] = ["carmaker", "automaker"],
            ["automaker"] = ["carmaker", "automaker"],
            ["party"] = ["party"],
            ["charity"] = ["charity"],
            ["broadcaster"] = ["broadcaster"],
            ["newspaper"] = ["newspaper"],
            ["monitor"] = ["monitor", "watchdog"],
            ["watchdog"] = ["monitor", "watchdog"],
            ["front"] = ["front"],
        };
        foreach (var head in armed)
        {
            kinds[head] = armed;
        }

        foreach (var head in new[] { "company", "firm", "giant" })
        {
            kinds[head] = companies;
        }

        return kinds;
    }

    public static bool NamesAKindOfBody(string head) => KindsOfHead.ContainsKey(head);

    /// <summary>
    /// The named body a description such as "the group", "the bloc" or "the company" refers to: the latest one before
    /// token <paramref name="index"/> that the article or the gazetteer calls by that kind ("the rebel group M23",
    /// Hamas as a group, Apple as a company), of <paramref name="country"/> when one is given ("the Palestinian group").
    /// </summary>
    public EntityInfo? OrganizationByKind(string head, EntityInfo? country, int index)
    {
        if (!KindsOfHead.TryGetValue(head, out var kinds))
        {
            return null;
        }

        EntityInfo? latest = null;
        var latestToken = -1;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityType.Organization || e.IsNominal
                || !kinds.Any(k => e.KindWords.Contains(k) || e.Record?.Kinds.Contains(k) == true) && !(kinds.Contains("group") && IsArmedGroupName(e))
                    // "the front" for the Azawad Liberation Front or the Polisario Front.
                    && !(head == "front" && e.Name.EndsWith(" Front", StringComparison.Ordinal))
                || country is not null && e.Record?.CountryCode is { } code && country.Record?.CountryCode != code)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                // "According to the United Nations, the group now controls": the source of the sentence is not what it reports on.
                // A body named only in a compound ("al-Qaeda-linked") is not what "the group" goes back to.
                if (m.FirstToken < index && m.FirstToken > latestToken && index - m.FirstToken <= 600 && !m.Adjectival
                    && !(doc.FollowsAccordingTo(m.FirstToken) && doc.SentenceOf[m.FirstToken] == doc.SentenceOf[index]))
                {
                    latest = e;
                    latestToken = m.FirstToken;
                }
            }
        }

        return latest;
    }

    // "the Arakan Army", "the Azawad Liberation Front", "the 444 Brigade": a name an armed group goes by, which "the
    // group" refers back to (not a state's army: "Sudanese Armed Forces", "Israel Defense Forces").
    private bool IsArmedGroupName(EntityInfo e)
    {
        var words = e.Name.Split(' ');
        return words.Length >= 2 && words[^1] is "Army" or "Front" or "Movement" or "Brigade" or "Brigades" or "Division" or "Militia"
            && !NamesACountry(words[0]) && e.Record?.CountryCode is null;
    }

    public EntityInfo? PersonByRole(string head, List<string> modifiers, int index, EntityInfo? country = null)
    {
        // "Qatar's prime minister" is not Israel's prime minister named elsewhere.
        var candidates = doc.Entities.Where(e => e.Type == EntityType.Person && !e.IsNominal && e.RoleWords.Contains(head)
            && (country is null || e.Country is null || e.Country == country)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.Count > 1)
        {
            var narrowed = candidates.Where(c => modifiers.All(m => c.RoleWords.Contains(m) || m.Length < 3)).ToList();
            if (narrowed.Count > 0)
            {
                candidates = narrowed;
            }
        }

        // The nearest earlier holder, else the nearest later one.
        return candidates.Where(c => c.FirstToken < index).OrderByDescending(c => c.FirstToken).FirstOrDefault()
            ?? candidates.OrderBy(c => c.FirstToken).First();
    }

    // "Azerbaijan's Ministry of Defence", "Ministry of Foreign Affairs", "the State Committee for National Security": a
    // body's name that opens with its kind and "of" or "for".
    private static bool NamedAsKindOf(string name, string head)
    {
        foreach (var after in (string[])[" of ", " for "])
        {
            var at = name.IndexOf(head + after, StringComparison.OrdinalIgnoreCase);
            if (at == 0 || at > 0 && name[at - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
