using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A role found in the text, before entity ids are assigned.</summary>
internal sealed record RoleItem(EntityInfo Person, string Role, EntityInfo? Of, int Start, int End, double Confidence);
