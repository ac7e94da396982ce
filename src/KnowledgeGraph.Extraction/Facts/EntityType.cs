namespace KnowledgeGraph.Extraction.Facts;

/// <summary>Entity types, as in the relation annotation guidelines (PERSON, ORG, GPE, LOC, GROUP).</summary>
public enum EntityType
{
    Person,
    Organization,

    /// <summary>Countries, regions with a government, cities, towns, villages: places that are also actors.</summary>
    GeopoliticalEntity,

    /// <summary>Other places: districts, regions without a government, mountains, seas.</summary>
    Location,

    /// <summary>Unnamed or collective groups of people ("ethnic Armenians in Nagorno-Karabakh").</summary>
    Group,
}
