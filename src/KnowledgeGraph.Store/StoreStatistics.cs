namespace KnowledgeGraph.Store;

/// <summary>A summary of a store's contents and size.</summary>
/// <param name="Quads">Quads in all graphs.</param>
/// <param name="DefaultGraphTriples">Triples in the default graph.</param>
/// <param name="NamedGraphs">Named graphs holding at least one quad.</param>
/// <param name="DistinctTerms">Distinct terms used in any position of any quad.</param>
/// <param name="DictionaryEntries">Estimated long terms stored in the dictionary (including unused ones).</param>
/// <param name="SizeOnDiskBytes">Bytes of all files in the store directory.</param>
/// <param name="ReadIndexBytes">Bytes of the read index when it copies the state read (0 when there is none, or a
/// write came after it: <see cref="QuadStore.Compact"/> writes it).</param>
public sealed record StoreStatistics(long Quads, long DefaultGraphTriples, long NamedGraphs, long DistinctTerms, long DictionaryEntries, long SizeOnDiskBytes, long ReadIndexBytes);
