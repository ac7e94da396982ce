using System.Collections.Frozen;
using System.Reflection;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>The hand-written word lists of <c>Data/lexicon.txt</c>, by section.</summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, List<string>> sections;

    private Lexicon(Dictionary<string, List<string>> sections)
    {
        this.sections = sections;
        Honorifics = Set("honorifics", ignoreCase: false);
        Titles = Set("titles");
        Occupations = Set("occupations");
        OrgSuffixes = Set("org-suffixes", ignoreCase: false);
        OrgNominals = Set("org-nominals");
        PersonNominals = Set("person-nominals");
        GroupNominals = Set("group-nominals");
        ThinkingVerbs = Set("thinking-verbs");
        AppointingVerbs = Set("appointing-verbs");
        Stopwords = Set("stopwords");
        NameAdjectives = Set("name-adjectives");
        Abbreviations = Set("abbreviations", ignoreCase: false);
        PeriodWords = Abbreviations.Select(a => a.TrimEnd('.')).Where(a => !a.Contains('.', StringComparison.Ordinal) && !a.Contains('\'', StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal);
        ThingAcronyms = Set("thing-acronyms", ignoreCase: false);
        Things = Set("things", ignoreCase: false);
        var cues = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Section("speech-cues"))
        {
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            cues[parts[0]] = (parts.Length > 1 ? parts[1] : "clause") switch
            {
                "object" => CueClass.Object,
                "fragment" => CueClass.Fragment,
                "that" => CueClass.ThatClause,
                _ => CueClass.Clause,
            };
        }

        Cues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        MaxTitleWords = Section("titles").Max(t => t.Split(' ').Length);
        LongTitleFirstWords = Section("titles").Select(t => t.Split(' ')).Where(w => w.Length >= 3).Select(w => w[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public FrozenSet<string> Honorifics { get; }

    public FrozenSet<string> Titles { get; }

    public int MaxTitleWords { get; }

    /// <summary>The first words of titles of three words or more ("chief" of "chief of the general staff").</summary>
    public FrozenSet<string> LongTitleFirstWords { get; }

    public FrozenSet<string> Occupations { get; }

    /// <summary>A word that describes one person: a title, an occupation or a person noun ("minister", "coach", "mother").</summary>
    public bool DescribesPerson(string word) => Titles.Contains(word) || Occupations.Contains(word) || PersonNominals.Contains(word);

    /// <summary>A word between a body and the name of the person who speaks for it: "police spokesman", "army official".</summary>
    public bool DescribesSpeaker(string word) => DescribesPerson(word) || OrgNominals.Contains(word);

    public FrozenSet<string> OrgSuffixes { get; }

    /// <summary>An organisation word, also in the plural: "Court", "Courts", "Forces".</summary>
    public bool IsOrgWord(string word) => OrgSuffixes.Contains(word) || word.EndsWith('s') && OrgSuffixes.Contains(word[..^1]);

    public FrozenSet<string> OrgNominals { get; }

    public FrozenSet<string> PersonNominals { get; }

    public FrozenSet<string> GroupNominals { get; }

    public FrozenSet<string> ThinkingVerbs { get; }

    /// <summary>Verbs that give their object an office: "elected X as prime minister".</summary>
    public FrozenSet<string> AppointingVerbs { get; }

    public FrozenSet<string> Stopwords { get; }

    /// <summary>Stopwords that may open an organisation or facility name ("National", "Central", "Islamic").</summary>
    public FrozenSet<string> NameAdjectives { get; }

    public FrozenSet<string> Abbreviations { get; }

    /// <summary>The one-word abbreviations without their period, for the tokenizer ("Mr", "Gen", "Sept").</summary>
    public FrozenSet<string> PeriodWords { get; }

    /// <summary>Capitalised abbreviations of things ("TV", "GDP", "HIV"): no organisation names on their own.</summary>
    public FrozenSet<string> ThingAcronyms { get; }

    /// <summary>Names of websites, apps and products ("YouTube", "PlayStation"): neither actors nor places.</summary>
    public FrozenSet<string> Things { get; }

    /// <summary>Speech cues (single words and two-word phrases such as "called for").</summary>
    public FrozenDictionary<string, CueClass> Cues { get; }

    public IReadOnlyList<string> Section(string name) => sections.TryGetValue(name, out var list) ? list : [];

    public static Lexicon Load() => new(ReadSections(ResourceText("lexicon.txt")));

    internal static string ResourceText(string fileName)
    {
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data." + fileName)
            ?? throw new InvalidOperationException("Missing embedded resource " + fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private FrozenSet<string> Set(string name, bool ignoreCase = true) =>
        Section(name).ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private static Dictionary<string, List<string>> ReadSections(string text)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                result[line[1..^1]] = current;
                continue;
            }

            current?.Add(line);
        }

        return result;
    }
}
