namespace KnowledgeGraph.Store;

/// <summary>Progress of a bulk load, reported after every committed batch.</summary>
/// <param name="Source">The file being read (or a caller-supplied name).</param>
/// <param name="QuadsRead">Quads read so far from all sources.</param>
/// <param name="QuadsAdded">Quads that were new to the store.</param>
/// <param name="BatchesCommitted">Batches written so far.</param>
/// <param name="Elapsed">Time since the load started.</param>
public sealed record LoadProgress(string Source, long QuadsRead, long QuadsAdded, long BatchesCommitted, TimeSpan Elapsed);
