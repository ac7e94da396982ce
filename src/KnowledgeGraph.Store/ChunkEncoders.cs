using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store;

/// <summary>
/// The encoders of one load, and the numbering of its chunks in input order across all its sources (which are read
/// one after another), so that each encoder can list a term's dictionary entry once rather than in every chunk.
/// </summary>
internal sealed class ChunkEncoders
{
    private readonly ConcurrentBag<ChunkEncoder> _idle = [];
    private long _chunks;

    /// <summary>The next chunk's number; called in input order.</summary>
    public long NextChunk() => Interlocked.Increment(ref _chunks);

    /// <summary>Encodes a chunk with an idle encoder (or a new one); safe to call from several threads.</summary>
    public EncodedChunk Encode(Quad[] quads, long sequence, Term? targetGraph)
    {
        if (!_idle.TryTake(out var encoder))
        {
            encoder = new ChunkEncoder();
        }

        try
        {
            return encoder.Encode(quads, sequence, targetGraph);
        }
        finally
        {
            _idle.Add(encoder);
        }
    }
}
