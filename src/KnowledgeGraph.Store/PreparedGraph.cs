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
    internal PreparedGraph(Term graph, EncodedTerm encodedGraph, HashSet<EncodedQuad> quads, List<(EncodedTerm Id, byte[] Value)> terms, Dictionary<EncodedTerm, long> predicates)
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
    public int Count => Quads.Count;

    internal EncodedTerm EncodedGraph { get; }

    internal HashSet<EncodedQuad> Quads { get; }

    /// <summary>The dictionary entry of every hashed term the quads use, once each.</summary>
    internal List<(EncodedTerm Id, byte[] Value)> Terms { get; }

    /// <summary>Quads per predicate, for the store's counters.</summary>
    internal Dictionary<EncodedTerm, long> Predicates { get; }
}
