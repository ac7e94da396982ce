using KnowledgeGraph.Rdf;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store;

/// <summary>
/// A graph's content encoded for the store ahead of the write that replaces the graph with it (see
/// <see cref="QuadStore.PrepareGraph"/>): the encoding, dictionary entries, duplicate removal and counting that a
/// write would otherwise do alone on the writing thread.
/// </summary>
public sealed class PreparedGraph
{
    private HashSet<EncodedQuad>? _lookup;

    internal PreparedGraph(Term graph, EncodedTerm encodedGraph, EncodedQuad[] quads, List<(EncodedTerm Id, byte[] Value)> terms, Dictionary<EncodedTerm, long> predicates)
    {
        Graph = graph;
        EncodedGraph = encodedGraph;
        Quads = quads;
        Terms = terms;
        Predicates = predicates;
    }

    /// <summary>The graph this content replaces.</summary>
    public Term Graph { get; }

    /// <summary>Distinct quads.</summary>
    public int Count => Quads.Length;

    internal EncodedTerm EncodedGraph { get; }

    /// <summary>
    /// The distinct quads, as an array: the writer copies them into its sorted index files, and an array is half
    /// the memory of a set while the graph waits to be written.
    /// </summary>
    internal EncodedQuad[] Quads { get; }

    /// <summary>The dictionary entry of every hashed term the quads use, once each.</summary>
    internal List<(EncodedTerm Id, byte[] Value)> Terms { get; }

    /// <summary>Quads per predicate, for the store's counters.</summary>
    internal Dictionary<EncodedTerm, long> Predicates { get; }

    /// <summary>Whether the graph holds the quad; the set it asks is built on first use (a write rarely needs it).</summary>
    internal bool Contains(in EncodedQuad quad)
    {
        _lookup ??= [.. Quads];
        return _lookup.Contains(quad);
    }
}
