using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Store;

/// <summary>
/// The encoders of one load, and the numbering of its chunks in input order across all its sources (which are read
/// one after another), so that each encoder can list a term's dictionary entry once rather than in every chunk.
/// </summary>
internal sealed class ChunkEncoders
{
    // At most one encoding per core at a time (each holds an encoder and its cache), however many pool threads there are.
    private static readonly TaskScheduler Encoding = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;

    private readonly ConcurrentBag<ChunkEncoder> _idle = [];
    private long _chunks;

    /// <summary>
    /// Numbers the chunk and encodes it on the thread pool with an idle encoder (or a new one). Called in input order;
    /// the encodings themselves finish in any order.
    /// </summary>
    public Task<EncodedChunk> EncodeAsync(Quad[] quads, Term? targetGraph)
    {
        long sequence = Interlocked.Increment(ref _chunks);

        // Parsed quads become garbage as soon as their chunk is encoded, so they never outlive the youngest GC generation.
        return Task.Factory.StartNew(() => Encode(quads, sequence, targetGraph), CancellationToken.None, TaskCreationOptions.None, Encoding);
    }

    private EncodedChunk Encode(Quad[] quads, long sequence, Term? targetGraph)
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
