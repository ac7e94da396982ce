namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A resolved noun phrase: tokens [<see cref="First"/>, <see cref="End"/>) and the entity it refers to.</summary>
internal sealed record NounPhrase(int First, int End, EntityInfo Entity, double Confidence);
