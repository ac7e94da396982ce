using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An entity being assembled for one article (mutable while the article is processed).</summary>
internal sealed class EntityInfo(string key, EntityType type, string name)
{
    public string Key { get; } = key;

    public EntityType Type { get; set; } = type;

    public string Name { get; set; } = name;

    public PlaceRecord? Record { get; set; }

    public List<MentionInfo> Mentions { get; } = [];

    /// <summary>Descriptions that name this entity when it has no proper name ("one Comoros soldier").</summary>
    public bool IsNominal { get; set; }

    /// <summary>Takes part in a quote, control or role fact (nominal entities are only reported then).</summary>
    public bool Participates { get; set; }

    /// <summary>Role head words ("spokesman", "adviser"), for resolving descriptions such as "the spokesman".</summary>
    public HashSet<string> RoleWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Kind words of a place ("island", "village") or of an organisation ("group", "company") met next to its name.
    /// </summary>
    public HashSet<string> KindWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Head noun of a nominal organisation or group ("government", "army", "loyalists").</summary>
    public string? Head { get; set; }

    /// <summary>The country a nominal organisation or demonym-based group belongs to.</summary>
    public EntityInfo? Country { get; set; }

    /// <summary>A person's grammatical gender as the text shows it ('m' or 'f': "Mr.", "she"), or null while unknown.</summary>
    public char? Gender { get; set; }

    public double Confidence { get; set; } = 0.9;

    public int FirstToken => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.FirstToken);

    public override string ToString() => $"{Type}:{Name}";
}
