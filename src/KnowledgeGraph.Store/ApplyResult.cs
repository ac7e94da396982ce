namespace KnowledgeGraph.Store;

/// <summary>What an applied change set did: quads that were new, and quads that were removed.</summary>
public readonly record struct ApplyResult(long Added, long Removed);
